using DebtHub.Domain.Accounts;
using DebtHub.Domain.Debtors;
using DebtHub.Domain.SkipTracing;
using DebtHub.Infrastructure.Persistence;

namespace DebtHub.Infrastructure.SkipTracing;

/// <summary>An account waiting for skip tracing, and why.</summary>
public sealed class SkipQueueRow
{
    public Guid AccountId { get; init; }

    /// <summary>A collector flagged it.</summary>
    public bool Flagged { get; init; }

    /// <summary>No number on file can be dialed (all wrong, disconnected or do-not-call) and all mail came back.</summary>
    public bool Unreachable { get; init; }

    /// <summary>The balance weighted by the debt's age, as the work queue weighs it.</summary>
    public decimal Priority { get; init; }

    public DateTimeOffset? LastTracedAt { get; init; }

    /// <summary>A batch file holding it is with a vendor.</summary>
    public bool AwaitingBatch { get; init; }
}

public static class SkipQueueQueries
{
    /// <summary>Accounts whose collection is stopped for other reasons are not traced: a trace could not lead to a lawful call.</summary>
    private static readonly AccountStatus[] NotTraced =
    [
        AccountStatus.PaidInFull, AccountStatus.Settled, AccountStatus.Closed, AccountStatus.Bankruptcy, AccountStatus.Cease,
        AccountStatus.AttorneyRepresented, AccountStatus.Deceased,
    ];

    /// <summary>
    /// The skip queue of <paramref name="accounts"/> (pass a visibility-filtered query for collectors), highest priority
    /// first: flagged accounts, then those never traced, then the balance weighted by age (x1 up to 180 days delinquent,
    /// x0.6 to a year, x0.3 to two years, x0.1 beyond).
    /// </summary>
    public static IQueryable<SkipQueueRow> SkipQueue(this IQueryable<Account> accounts, DebtHubDbContext db, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(db);
        var (d180, d365, d730) = (today.AddDays(-180), today.AddDays(-365), today.AddDays(-730));
        return accounts
            .Where(a => !NotTraced.Contains(a.Status))
            .Select(a => new
            {
                Account = a,
                Flagged = db.Set<SkipFlag>().Any(f => f.AccountId == a.Id && f.ClearedAt == null),
                Unreachable = !db.DebtorPhones.Any(p => p.DebtorId == a.DebtorId && (p.Status == PhoneStatus.Unverified || p.Status == PhoneStatus.Valid) && p.DoNotCallSince == null)
                              && !db.DebtorAddresses.Any(d => d.DebtorId == a.DebtorId && d.Status != AddressStatus.ReturnedMail),
            })
            .Where(x => x.Flagged || x.Unreachable)
            .Select(x => new SkipQueueRow
            {
                AccountId = x.Account.Id,
                Flagged = x.Flagged,
                Unreachable = x.Unreachable,
                Priority = (x.Account.PrincipalBalance + x.Account.InterestBalance + x.Account.FeeBalance) * (x.Account.DelinquencyDate == null || x.Account.DelinquencyDate >= d180 ? 1.0m
                    : x.Account.DelinquencyDate >= d365 ? 0.6m
                    : x.Account.DelinquencyDate >= d730 ? 0.3m
                    : 0.1m),
                LastTracedAt = db.Set<SkipTrace>().Where(t => t.AccountId == x.Account.Id).Max(t => (DateTimeOffset?)t.RequestedAt),
                AwaitingBatch = db.Set<SkipTrace>().Any(t => t.AccountId == x.Account.Id && t.Status == SkipTraceStatus.AwaitingBatch),
            })
            .OrderByDescending(r => r.Flagged)
            .ThenBy(r => r.LastTracedAt != null)
            .ThenByDescending(r => r.Priority)
            .ThenBy(r => r.AccountId);
    }
}
