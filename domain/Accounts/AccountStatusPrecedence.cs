namespace DebtHub.Domain.Accounts;

/// <summary>
/// Which status an open account shows when several things stand at once. Highest first:
/// <list type="number">
/// <item>PaidInFull and Closed: the ledger or a recall put it there; only the ledger reopens it.</item>
/// <item>Settled, while every installment of an accepted settlement stands kept.</item>
/// <item>Cease, AttorneyRepresented, Bankruptcy, Deceased: recorded by a person (with their holds, which the gate reads);
/// derivation never sets nor clears them.</item>
/// <item>Disputed: a timely written dispute's hold stops collection until verification (12 CFR 1006.38(d)(2)).</item>
/// <item>Legal: an open referral; the account is in legal's hands, whatever was arranged before.</item>
/// <item>PaymentPlan: an active plan or settlement.</item>
/// <item>Promised: a pending promise to pay.</item>
/// <item>Otherwise Active (New until anything happened).</item>
/// </list>
/// </summary>
internal static class AccountStatusPrecedence
{
    private static readonly AccountStatus[] RecordedByAPerson =
        [AccountStatus.Cease, AccountStatus.AttorneyRepresented, AccountStatus.Bankruptcy, AccountStatus.Deceased];

    public static AccountStatus Resolve(AccountStatus current, bool disputeHold, AccountArrangements arrangements)
    {
        if (current is AccountStatus.PaidInFull or AccountStatus.Closed)
        {
            return current;
        }

        // Settled stands on its completed settlement only: reopened by an NSF reversal, the account shows what stands now.
        if (arrangements.SettlementCompleted)
        {
            return AccountStatus.Settled;
        }

        if (Array.IndexOf(RecordedByAPerson, current) >= 0)
        {
            return current;
        }

        if (disputeHold)
        {
            return AccountStatus.Disputed;
        }

        if (arrangements.OpenLegalReferral)
        {
            return AccountStatus.Legal;
        }

        if (arrangements.ActivePlan)
        {
            return AccountStatus.PaymentPlan;
        }

        if (arrangements.PendingPromise)
        {
            return AccountStatus.Promised;
        }

        return current == AccountStatus.New ? AccountStatus.New : AccountStatus.Active;
    }
}
