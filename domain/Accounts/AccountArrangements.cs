namespace DebtHub.Domain.Accounts;

/// <summary>
/// What the account's other aggregates (plans, promises, legal referrals) say about it, as the account's status needs
/// it. Holds are the account's own and are not repeated here.
/// </summary>
/// <param name="ActivePlan">A plan or settlement is active (approved or inside the guardrails); one pending approval is not.</param>
/// <param name="PendingPromise">A promise to pay is waiting for its payments.</param>
/// <param name="OpenLegalReferral">A referral to an attorney or the legal queue is open (referred, suit filed, judgment entered).</param>
/// <param name="SettlementCompleted">Every installment of an accepted settlement was kept: the debt is settled for less.</param>
public sealed record AccountArrangements(bool ActivePlan, bool PendingPromise, bool OpenLegalReferral, bool SettlementCompleted)
{
    public static AccountArrangements None { get; } = new(false, false, false, false);
}
