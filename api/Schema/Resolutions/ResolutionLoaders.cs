using DebtHub.Domain.Resolutions.Complaints;
using DebtHub.Domain.Resolutions.Disputes;
using DebtHub.Domain.Resolutions.Legal;
using DebtHub.Domain.Resolutions.Plans;
using DebtHub.Domain.Resolutions.Promises;
using DebtHub.GraphQL.Execution.DataLoader;
using Microsoft.EntityFrameworkCore;

namespace DebtHub.Api.Schema.Resolutions;

/// <summary>
/// The request's loaders for what was arranged on accounts: one SQL query per list and batch, whatever the number of
/// accounts on the page (plans and promises come with their lines in the same query).
/// </summary>
internal sealed class ResolutionLoaders(Loading loading)
{
    /// <summary>Plans of every kind (installments and settlements), newest first.</summary>
    public GroupDataLoader<Guid, PaymentPlan> Plans { get; } = loading.Group<Guid, PaymentPlan>(
        (db, ids) => db.PaymentPlans.AsNoTracking().AsSingleQuery().Include(p => p.Installments.OrderBy(i => i.Sequence))
            .Where(p => ids.Contains(p.AccountId)).OrderByDescending(p => p.ProposedAt),
        p => p.AccountId);

    public GroupDataLoader<Guid, PromiseToPay> Promises { get; } = loading.Group<Guid, PromiseToPay>(
        (db, ids) => db.PromisesToPay.AsNoTracking().AsSingleQuery().Include(p => p.Payments.OrderBy(i => i.Sequence))
            .Where(p => ids.Contains(p.AccountId)).OrderByDescending(p => p.RecordedAt),
        p => p.AccountId);

    public GroupDataLoader<Guid, Dispute> Disputes { get; } = loading.Group<Guid, Dispute>(
        (db, ids) => db.Disputes.AsNoTracking().Where(d => ids.Contains(d.AccountId)).OrderByDescending(d => d.RecordedAt),
        d => d.AccountId);

    public GroupDataLoader<Guid, Complaint> Complaints { get; } = loading.Group<Guid, Complaint>(
        (db, ids) => db.Complaints.AsNoTracking().Where(c => c.AccountId != null && ids.Contains(c.AccountId.Value)).OrderByDescending(c => c.LoggedAt),
        c => c.AccountId!.Value);

    public GroupDataLoader<Guid, LegalReferral> LegalReferrals { get; } = loading.Group<Guid, LegalReferral>(
        (db, ids) => db.LegalReferrals.AsNoTracking().AsSingleQuery().Include(r => r.Judgments).Include(r => r.Liens)
            .Where(r => ids.Contains(r.AccountId)).OrderByDescending(r => r.ReferredAt),
        r => r.AccountId);
}
