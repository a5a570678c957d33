namespace DebtHub.Domain.Accounts;

public sealed partial class Account
{
    /// <summary>
    /// Re-derives the status from the account's holds and what is arranged on it (<see cref="AccountStatusPrecedence"/>).
    /// Returns true when the status changed.
    /// </summary>
    public bool ReconcileStatus(AccountArrangements arrangements)
    {
        var next = AccountStatusPrecedence.Resolve(Status, HasActiveHold(HoldKind.Dispute), arrangements);
        if (next == Status)
        {
            return false;
        }

        Status = next;
        return true;
    }
}
