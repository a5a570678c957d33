using DebtHub.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DebtHub.Infrastructure.Reports;

/// <summary>
/// Dollars per collector hour (PRODUCT.md: $ collected ÷ logged-in hours). Logged-in time is the collector's presence
/// periods (collector_presence_periods, written by dialer routing) in the states AVAILABLE, ON_CALL and WRAP_UP, clipped
/// to the period and, for a period still open, to now; OFFLINE is not logged in. A wrap-up that ran past its limit is
/// still logged-in time. Dollars are the net payments in the period on the accounts assigned to the collector now
/// (payments carry no collector of their own).
/// </summary>
internal static class CollectorHoursSection
{
    public static async Task<IReadOnlyList<CollectorDollars>> ComputeAsync(
        DebtHubDbContext db, DateTimeOffset start, DateTimeOffset end, DateTimeOffset now, IReadOnlyDictionary<Guid, decimal> collectedByCollector,
        CancellationToken cancellationToken)
    {
        var stop = end < now ? end : now;
        var seconds = await db.Database.SqlQuery<LoggedIn>($"""
            select collector_id as "CollectorId",
                   sum(extract(epoch from least(coalesce(ended_at, {now}), {stop}) - greatest(started_at, {start})))::numeric as "Seconds"
              from collector_presence_periods
             where state in ('Available', 'OnCall', 'WrapUp') and started_at < {stop} and coalesce(ended_at, {now}) > {start}
             group by collector_id
            """).ToDictionaryAsync(r => r.CollectorId, r => r.Seconds, cancellationToken);
        var ids = seconds.Keys.Union(collectedByCollector.Keys).ToList();
        var names = await db.Collectors.AsNoTracking().Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.UserName, cancellationToken);
        return ids.Where(names.ContainsKey).Select(id =>
        {
            var exact = seconds.GetValueOrDefault(id) / 3600m;
            var collected = ReportRounding.Cents(collectedByCollector.GetValueOrDefault(id));
            return new CollectorDollars(id, names[id], collected, decimal.Round(exact, 2, MidpointRounding.AwayFromZero),
                exact == 0m ? null : ReportRounding.Cents(collected / exact));
        }).OrderBy(c => c.UserName, StringComparer.Ordinal).ToList();
    }

    private sealed record LoggedIn(Guid CollectorId, decimal Seconds);
}
