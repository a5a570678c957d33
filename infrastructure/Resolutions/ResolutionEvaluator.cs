using DebtHub.Domain.Accounts;
using DebtHub.Domain.Resolutions.Plans;
using DebtHub.Domain.Resolutions.Promises;
using DebtHub.Domain.Resolutions.Scheduling;
using DebtHub.Domain.Resolutions.WorkItems;
using DebtHub.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace DebtHub.Infrastructure.Resolutions;

/// <summary>
/// The daily pass over active plans and pending promises: marks installments and promised payments kept or broken from
/// the ledger, and queues every newly broken plan or promise as a work item for the account's collector. Each page is
/// saved in one transaction (statuses and work items together), and the verdicts are a function of the ledger and the
/// day, so a second run the same day, or a run after a crash, changes nothing twice.
/// </summary>
public sealed class ResolutionEvaluator(DebtHubDbContext db, TimeProvider time, ILogger<ResolutionEvaluator> logger)
{
    internal const int PageSize = 500;

    public async Task<ResolutionEvaluation> EvaluateAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        // Dates are UTC days, like the ledger's effective dates; grace days absorb the few hours a debtor's zone differs.
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var plans = await EvaluatePlansAsync(today, now, cancellationToken);
        var promises = await EvaluatePromisesAsync(today, now, cancellationToken);
        var result = new ResolutionEvaluation(today, plans.Evaluated, plans.Broken, plans.Completed,
            promises.Evaluated, promises.Broken, promises.Kept, plans.Broken + promises.Broken);
        ResolutionsLog.Evaluated(logger, today, result.PlansEvaluated, result.PlansBroken, result.PlansCompleted,
            result.PromisesEvaluated, result.PromisesBroken, result.PromisesKept, result.WorkItemsQueued);
        return result;
    }

    /// <summary>
    /// Re-judges one account's plans and promises after a payment on it was reversed (NSF): plans and promises the payment
    /// had completed or kept reopen, installments it had paid go back to scheduled, and whatever is now past its grace
    /// breaks at once and is queued for the collector, without waiting for the daily run. Returns the work items queued.
    /// </summary>
    public async Task<int> ReevaluateAfterReversalAsync(Guid accountId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var plans = await db.PaymentPlans.Include(p => p.Installments)
            .Where(p => p.AccountId == accountId && (p.Status == PlanStatus.Active || p.Status == PlanStatus.Completed)).ToListAsync(cancellationToken);
        var promises = await db.PromisesToPay.Include(p => p.Payments)
            .Where(p => p.AccountId == accountId && (p.Status == PromiseStatus.Pending || p.Status == PromiseStatus.Kept)).ToListAsync(cancellationToken);
        var (payments, collectorId) = (await LoadAsync([accountId], cancellationToken))[accountId];
        var queued = 0;
        foreach (var plan in plans)
        {
            plan.ReopenAfterReversal();
            if (plan.Evaluate(payments, today, now).BrokeNow)
            {
                db.WorkItems.Add(WorkItem.ForBrokenPlan(plan, collectorId, now));
                ResolutionsLog.PlanBroken(logger, plan.Id, plan.AccountId, collectorId);
                queued++;
            }
        }

        foreach (var promise in promises)
        {
            promise.ReopenAfterReversal();
            if (promise.Evaluate(payments, today, now))
            {
                db.WorkItems.Add(WorkItem.ForBrokenPromise(promise, collectorId, now));
                ResolutionsLog.PromiseBroken(logger, promise.Id, promise.AccountId, collectorId);
                queued++;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return queued;
    }

    private async Task<(int Evaluated, int Broken, int Completed)> EvaluatePlansAsync(DateOnly today, DateTimeOffset now, CancellationToken cancellationToken)
    {
        int evaluated = 0, broken = 0, completed = 0;
        var after = Guid.Empty;
        while (true)
        {
            var page = await db.PaymentPlans.Include(p => p.Installments)
                .Where(p => p.Status == PlanStatus.Active && p.Id.CompareTo(after) > 0)
                .OrderBy(p => p.Id).Take(PageSize).ToListAsync(cancellationToken);
            if (page.Count == 0)
            {
                break;
            }

            var accounts = await LoadAsync(page.Select(p => p.AccountId), cancellationToken);
            foreach (var plan in page)
            {
                var (payments, collectorId) = accounts.GetValueOrDefault(plan.AccountId, ([], null));
                var outcome = plan.Evaluate(payments, today, now);
                evaluated++;
                completed += outcome.CompletedNow ? 1 : 0;
                if (outcome.BrokeNow)
                {
                    broken++;
                    db.WorkItems.Add(WorkItem.ForBrokenPlan(plan, collectorId, now));
                    ResolutionsLog.PlanBroken(logger, plan.Id, plan.AccountId, collectorId);
                }
            }

            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            after = page[^1].Id;
        }

        return (evaluated, broken, completed);
    }

    private async Task<(int Evaluated, int Broken, int Kept)> EvaluatePromisesAsync(DateOnly today, DateTimeOffset now, CancellationToken cancellationToken)
    {
        int evaluated = 0, broken = 0, kept = 0;
        var after = Guid.Empty;
        while (true)
        {
            var page = await db.PromisesToPay.Include(p => p.Payments)
                .Where(p => p.Status == PromiseStatus.Pending && p.Id.CompareTo(after) > 0)
                .OrderBy(p => p.Id).Take(PageSize).ToListAsync(cancellationToken);
            if (page.Count == 0)
            {
                break;
            }

            var accounts = await LoadAsync(page.Select(p => p.AccountId), cancellationToken);
            foreach (var promise in page)
            {
                var (payments, collectorId) = accounts.GetValueOrDefault(promise.AccountId, ([], null));
                evaluated++;
                if (promise.Evaluate(payments, today, now))
                {
                    broken++;
                    db.WorkItems.Add(WorkItem.ForBrokenPromise(promise, collectorId, now));
                    ResolutionsLog.PromiseBroken(logger, promise.Id, promise.AccountId, collectorId);
                }
                else if (promise.Status == PromiseStatus.Kept)
                {
                    kept++;
                }
            }

            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            after = page[^1].Id;
        }

        return (evaluated, broken, kept);
    }

    /// <summary>For each account: the payments that reached it (net of refunds, without reversed ones) and its collector.</summary>
    private async Task<Dictionary<Guid, (IReadOnlyList<ReceivedPayment> Payments, Guid? CollectorId)>> LoadAsync(
        IEnumerable<Guid> accountIds, CancellationToken cancellationToken)
    {
        var ids = accountIds.Distinct().ToList();
        var lines = await db.LedgerTransactions.AsNoTracking()
            .Where(t => ids.Contains(t.AccountId)
                        && (t.Kind == TransactionKind.Payment || t.Kind == TransactionKind.Reversal || t.Kind == TransactionKind.Refund))
            .Select(t => new PaymentLedgerLine(t.Id, t.AccountId, t.Kind, t.RelatedTransactionId, t.EffectiveOn, t.PrincipalDelta + t.InterestDelta + t.FeeDelta))
            .ToListAsync(cancellationToken);
        var collectors = await db.Accounts.AsNoTracking().Where(a => ids.Contains(a.Id))
            .Select(a => new { a.Id, a.AssignedCollectorId }).ToDictionaryAsync(a => a.Id, a => a.AssignedCollectorId, cancellationToken);
        var byAccount = lines.ToLookup(l => l.AccountId);
        return ids.ToDictionary(id => id, id => (ReceivedPayments.From(byAccount[id]), collectors.GetValueOrDefault(id)));
    }
}
