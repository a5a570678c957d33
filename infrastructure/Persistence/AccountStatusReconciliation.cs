using DebtHub.Domain.Accounts;
using DebtHub.Domain.Resolutions;
using DebtHub.Domain.Resolutions.Legal;
using DebtHub.Domain.Resolutions.Plans;
using DebtHub.Domain.Resolutions.Promises;
using Microsoft.EntityFrameworkCore;

namespace DebtHub.Infrastructure.Persistence;

/// <summary>
/// Before a unit of work commits, every account whose plan, promise, legal referral or hold changed, or whose status the
/// ledger moved, re-derives its status (<see cref="Account.ReconcileStatus"/>), so the status commits with the change
/// that caused it, whichever path made it: a mutation, a call disposition, the daily job, a reversal. Four queries per save that touches such aggregates, none
/// otherwise. The database's rows are overlaid with the tracked, not yet saved, state.
/// </summary>
internal static class AccountStatusReconciliation
{
    public static async Task ReconcileAsync(DebtHubDbContext db, CancellationToken cancellationToken)
    {
        // An account whose status the ledger just moved (paid, reopened by a reversal or refund) is re-derived too: a plan
        // may still be running on a reopened account.
        var ids = db.ChangeTracker.Entries<IShapesAccountStatus>()
            .Where(e => e.State is EntityState.Added or EntityState.Modified)
            .Select(e => e.Entity.AccountId)
            .Concat(db.ChangeTracker.Entries<Account>()
                .Where(e => e.State == EntityState.Modified && e.Property(a => a.Status).IsModified).Select(e => e.Entity.Id))
            .Distinct().ToList();
        if (ids.Count == 0)
        {
            return;
        }

        // Tracked accounts come back as the same instances, their holds completed; new accounts exist only in the tracker.
        var accounts = (await db.Accounts.Include(a => a.Holds).Where(a => ids.Contains(a.Id)).ToListAsync(cancellationToken))
            .Concat(db.ChangeTracker.Entries<Account>().Where(e => e.State == EntityState.Added && ids.Contains(e.Entity.Id)).Select(e => e.Entity))
            .DistinctBy(a => a.Id);
        var plans = Overlay(
            await db.PaymentPlans.AsNoTracking().Where(p => ids.Contains(p.AccountId))
                .Select(p => new Row<(PlanKind, PlanStatus)>(p.Id, p.AccountId, new(p.Kind, p.Status))).ToListAsync(cancellationToken),
            db, (PaymentPlan p) => new Row<(PlanKind, PlanStatus)>(p.Id, p.AccountId, (p.Kind, p.Status)));
        var promises = Overlay(
            await db.PromisesToPay.AsNoTracking().Where(p => ids.Contains(p.AccountId))
                .Select(p => new Row<PromiseStatus>(p.Id, p.AccountId, p.Status)).ToListAsync(cancellationToken),
            db, (PromiseToPay p) => new Row<PromiseStatus>(p.Id, p.AccountId, p.Status));
        var referrals = Overlay(
            await db.LegalReferrals.AsNoTracking().Where(r => ids.Contains(r.AccountId))
                .Select(r => new Row<LegalReferralStatus>(r.Id, r.AccountId, r.Status)).ToListAsync(cancellationToken),
            db, (LegalReferral r) => new Row<LegalReferralStatus>(r.Id, r.AccountId, r.Status));
        foreach (var account in accounts)
        {
            account.ReconcileStatus(Arrangements.Of(plans[account.Id], promises[account.Id], referrals[account.Id]));
        }
    }

    /// <summary>The stored rows with each tracked entity's current state in place of its stored one.</summary>
    private static ILookup<Guid, T> Overlay<TEntity, T>(List<Row<T>> stored, DebtHubDbContext db, Func<TEntity, Row<T>> row)
        where TEntity : class
    {
        var byId = stored.ToDictionary(r => r.Id);
        foreach (var entry in db.ChangeTracker.Entries<TEntity>())
        {
            var current = row(entry.Entity);
            if (entry.State == EntityState.Deleted)
            {
                byId.Remove(current.Id);
            }
            else
            {
                byId[current.Id] = current;
            }
        }

        return byId.Values.ToLookup(r => r.AccountId, r => r.Value);
    }

    private sealed record Row<T>(Guid Id, Guid AccountId, T Value);
}
