namespace DebtHub.Domain.Accounts;

/// <summary>
/// An aggregate whose state the account's status follows (a plan, a promise, a legal referral, a hold). The unit of work
/// re-derives the status of every account such an aggregate changed, in the same transaction as the change.
/// </summary>
public interface IShapesAccountStatus
{
    Guid AccountId { get; }
}
