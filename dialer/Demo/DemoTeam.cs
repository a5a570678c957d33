using DebtHub.Dialer.Hopper;
using DebtHub.Dialer.Pacing;
using DebtHub.Domain.Collectors;
using DebtHub.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DebtHub.Dialer.Demo;

/// <summary>
/// Which collectors the demo makes available: active collectors (not supervisors or admins) who together can take the
/// portfolio's accounts — the state licence and the debtor's language routing matches on. The first <c>n</c> by name
/// included the admin (no licence), a supervisor and collectors of one region only, so most answers had nobody who
/// could take them and were abandoned.
/// </summary>
internal static class DemoTeam
{
    public static async Task<IReadOnlyList<Guid>> ChooseAsync(DebtHubDbContext db, int count, CancellationToken cancellationToken)
    {
        var candidates = (await db.Collectors.AsNoTracking()
                .Where(c => c.IsActive && c.Role == CollectorRole.Collector)
                .OrderBy(c => c.UserName)
                .Select(c => new { c.Id, c.Languages, c.StateLicences })
                .ToListAsync(cancellationToken))
            .Select(c => new IdleCollector(c.Id, [.. c.Languages.Select(l => l.ToLowerInvariant())], [.. c.StateLicences.Select(s => s.ToUpperInvariant())]))
            .Where(c => c.States.Count > 0)
            .ToList();
        const string Sql = $"""
            select a.governing_state as "State", lower(d.preferred_language) as "Language", count(*)::int as "Accounts"
              from accounts a join debtors d on d.id = a.debtor_id
             where a.status in ({HopperSql.OpenStatuses})
             group by 1, 2
            """;
        var demand = await db.Database.SqlQueryRaw<Demand>(Sql).ToListAsync(cancellationToken);
        return Choose(candidates, demand, count);
    }

    /// <summary>
    /// Greedy: each pick is the collector who can take the most accounts nobody chosen can take yet; once every account
    /// has someone, the one who takes the most accounts weighted down by how many chosen collectors already take them
    /// (so the team spreads over regions and languages before it doubles up, then follows the volume).
    /// </summary>
    internal static IReadOnlyList<Guid> Choose(IReadOnlyList<IdleCollector> candidates, IReadOnlyList<Demand> demand, int count)
    {
        var chosen = new List<IdleCollector>();
        var left = candidates.ToList();
        while (chosen.Count < count && left.Count > 0)
        {
            var best = left.MaxBy(c =>
            {
                var takes = demand.Where(d => c.CanTake(d.Language, d.State)).Select(d => (d.Accounts, Covered: chosen.Count(o => o.CanTake(d.Language, d.State)))).ToList();
                return (takes.Where(t => t.Covered == 0).Sum(t => t.Accounts), takes.Sum(t => t.Accounts / (1.0 + t.Covered)));
            })!;
            chosen.Add(best);
            left.Remove(best);
        }

        return chosen.Select(c => c.Id).ToList();
    }

    internal sealed class Demand
    {
        public required string State { get; init; }

        public required string Language { get; init; }

        public required int Accounts { get; init; }
    }
}
