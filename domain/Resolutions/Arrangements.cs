using DebtHub.Domain.Accounts;
using DebtHub.Domain.Resolutions.Legal;
using DebtHub.Domain.Resolutions.Plans;
using DebtHub.Domain.Resolutions.Promises;

namespace DebtHub.Domain.Resolutions;

/// <summary>Reads what an account's plans, promises and referrals mean for its status, from their kinds and statuses.</summary>
public static class Arrangements
{
    public static AccountArrangements Of(
        IEnumerable<(PlanKind Kind, PlanStatus Status)> plans, IEnumerable<PromiseStatus> promises, IEnumerable<LegalReferralStatus> referrals)
    {
        var planList = plans as IReadOnlyCollection<(PlanKind Kind, PlanStatus Status)> ?? plans.ToList();
        return new AccountArrangements(
            ActivePlan: planList.Any(p => p.Status == PlanStatus.Active),
            PendingPromise: promises.Any(p => p == PromiseStatus.Pending),
            OpenLegalReferral: referrals.Any(LegalReferral.IsOpenStatus),
            SettlementCompleted: planList.Any(p => p.Kind == PlanKind.Settlement && p.Status == PlanStatus.Completed));
    }
}
