using System.Diagnostics;
using DebtHub.Domain.Compliance.Configuration;
using DebtHub.Domain.Compliance.Facts;
using DebtHub.Domain.Contact;
using DebtHub.Infrastructure.Persistence;
using DebtHub.Infrastructure.Redis;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace DebtHub.Infrastructure.Ledger;

/// <summary>
/// Puts PostgreSQL's record of the windows that matter (the longest limit window of any rule-set version, plus a day:
/// 31 days with today's numbers) into Redis: a full rebuild after Redis lost its data, a reconcile otherwise. Replaying is
/// idempotent (window members are attempt ids), so it can run beside live traffic and on several instances.
/// </summary>
internal sealed class LedgerHistory(
    RedisConnection redis,
    IDbContextFactory<DebtHubDbContext> contexts,
    RuleSetSchedule schedule,
    IOptions<LedgerOptions> options,
    TimeProvider clock,
    ILogger<LedgerHistory> logger)
{
    private readonly LedgerOptions _options = options.Value;

    /// <summary>How far back the ledger keeps and replays contacts.</summary>
    public TimeSpan Retention { get; } = RetentionOf(schedule);

    internal static TimeSpan RetentionOf(RuleSetSchedule schedule)
    {
        var longest = TimeSpan.FromDays(1);
        foreach (var rules in schedule.Versions)
        {
            TimeSpan[] windows =
            [
                rules.RegulationF.CallWindow, TimeSpan.FromDays(rules.RegulationF.ConversationBarDays + 1), rules.Massachusetts.Week,
                rules.Massachusetts.Month, rules.Washington.Week, rules.NewYorkCity.Week, rules.Tcpa.PrerecordedWindow,
                rules.DefaultPolicy.MinSpacingOnOneNumber ?? TimeSpan.Zero,
            ];
            foreach (var window in windows)
            {
                longest = window > longest ? window : longest;
            }
        }

        return longest + TimeSpan.FromDays(1);
    }

    /// <summary>Whether any slot's readiness marker is missing: Redis lost (some of) the ledger's data.</summary>
    public async Task<bool> DataLostAsync()
    {
        var database = redis.Database;
        var batch = database.CreateBatch();
        var checks = LedgerKeys.AllMarkers.Select(m => batch.KeyExistsAsync(m)).ToArray();
        batch.Execute();
        var present = await Task.WhenAll(checks);
        return present.Contains(false);
    }

    /// <summary>Replays the retained history, then (for a rebuild) sets every slot's marker so reservations resume.</summary>
    public async Task<int> ReplayAsync(bool rebuild, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        var now = clock.GetUtcNow();
        var since = now - Retention;
        var recordSince = now - _options.ReservationRecordTtl;
        var database = redis.Database;
        var replayed = 0;
        DateTimeOffset afterAt = since;
        var afterId = Guid.Empty;
        while (true)
        {
            List<ContactAttempt> page;
            await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
            {
                var from = afterAt;
                var fromId = afterId;
                page = await db.ContactAttempts.AsNoTracking()
                    .Where(a => a.PlacedAt > from || (a.PlacedAt == from && a.Id.CompareTo(fromId) > 0))
                    .OrderBy(a => a.PlacedAt).ThenBy(a => a.Id)
                    .Take(_options.RebuildBatchSize)
                    .ToListAsync(cancellationToken);
            }

            if (page.Count == 0)
            {
                break;
            }

            var batch = database.CreateBatch();
            var tasks = new List<Task>(page.Count);
            foreach (var attempt in page)
            {
                var added = LedgerCounter.Of(attempt);
                List<LedgerCounter> dropped = attempt.ConnectResult == AttemptOutcome.NotConnected
                    ? [.. LedgerCounter.For(attempt.Channel, attempt.Mode, attempt.Destination, attempt.DestinationUse, attempt.AccountIds,
                        attempt.DebtKeys, attempt.DebtKeys, attempt.RespondsToConsumerRequest, notConnected: false).Where(c => !added.Contains(c))]
                    : [];
                tasks.Add(LedgerApply.RunAsync(batch, attempt, added, dropped, attempt.PlacedAt >= recordSince ? "apply" : "replay",
                    now, _options.ReservationRecordTtl, Retention));
            }

            batch.Execute();
            await Task.WhenAll(tasks);
            replayed += page.Count;
            afterAt = page[^1].PlacedAt;
            afterId = page[^1].Id;
        }

        if (rebuild)
        {
            var batch = database.CreateBatch();
            var epoch = now.ToUnixTimeMilliseconds();
            var sets = LedgerKeys.AllMarkers.Select(m => batch.StringSetAsync(m, epoch)).ToArray();
            batch.Execute();
            await Task.WhenAll(sets);
        }

        LedgerLog.Replayed(logger, replayed, (int)Retention.TotalDays, stopwatch.Elapsed, rebuild ? "rebuild" : "reconcile");
        return replayed;
    }
}
