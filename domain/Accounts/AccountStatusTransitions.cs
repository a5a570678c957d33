namespace DebtHub.Domain.Accounts;

/// <summary>
/// Which status may follow which. Paid, settled and closed accounts are finished: only a reversed payment (NSF) reopens
/// a paid or settled account, through the ledger, never by a plain status change.
/// </summary>
internal static class AccountStatusTransitions
{
    private static readonly AccountStatus[] Finished = [AccountStatus.PaidInFull, AccountStatus.Settled, AccountStatus.Closed];

    public static bool IsFinished(AccountStatus status) => Array.IndexOf(Finished, status) >= 0;

    public static bool IsAllowed(AccountStatus from, AccountStatus to)
    {
        if (from == to)
        {
            return false;
        }

        if (IsFinished(from))
        {
            return false;
        }

        // Everything open can move to any open status or be closed (recalled by the creditor); PaidInFull comes from
        // the ledger reaching zero and Settled from an accepted settlement being paid.
        return to is not (AccountStatus.New or AccountStatus.PaidInFull);
    }
}
