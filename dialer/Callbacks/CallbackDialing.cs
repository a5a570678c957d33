using DebtHub.Dialer.Dialing;
using DebtHub.Dialer.Pacing;
using DebtHub.Domain.Campaigns;
using DebtHub.Domain.Compliance;
using DebtHub.Domain.Contact;
using DebtHub.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace DebtHub.Dialer.Callbacks;

/// <summary>What one run did with the callbacks it claimed.</summary>
public sealed record CallbackRun(int Dialed, int Blocked, int Closed, int Waiting);

/// <summary>
/// Dials the callbacks consumers asked for, when due (docs/dialer-routing.md, "Scheduled callbacks"). Each is claimed
/// under a lease (<see cref="CallbackStore"/>), then placed through the one production path,
/// <see cref="CampaignCallPlacer.PlaceAsync"/> (gate, ledger, Twilio), to the number the consumer asked on, in its
/// campaign, as a progressive line dialed for its collector: the dialer places it, so the gate judges it as an
/// automated call (TCPA consent for wireless numbers applies) and no rule is relaxed for it. It rings the requesting
/// collector when they are free; after <see cref="DialerOptions.CallbackGraceMinutes"/> any free collector licensed
/// for the account's state. The pick and the placement happen under the pool's <see cref="PacingLock"/>, so pacing
/// never opens a line for the collector a callback was just dialed for.
/// </summary>
public sealed partial class CallbackDialing(
    CallbackStore store,
    CampaignCallPlacer placer,
    DebtHubDbContext db,
    IIdleCollectors collectors,
    PacingStatisticsReader statistics,
    NpgsqlDataSource dataSource,
    IOptions<DialerOptions> options,
    TimeProvider clock,
    ILogger<CallbackDialing> logger)
{
    public const string CampaignStoppedRuleId = "CAMPAIGN-STOPPED";

    public const string CampaignPausedRuleId = "CAMPAIGN-PAUSED";

    /// <summary>A lease long enough for a placement (Twilio's request timeout and the ledger's confirm).</summary>
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    /// <summary>A paused campaign's callback, or one the ledger could not confirm, is looked at again this soon.</summary>
    private static readonly TimeSpan ShortWait = TimeSpan.FromMinutes(1);

    /// <summary>Claims up to <paramref name="batch"/> due callbacks and settles each: dialed, blocked, closed, or waiting for a collector.</summary>
    public async Task<CallbackRun> RunAsync(int batch, CancellationToken cancellationToken)
    {
        var run = new CallbackRun(0, 0, 0, 0);
        var claimed = await store.ClaimDueAsync(clock.GetUtcNow(), Lease, batch, cancellationToken);
        foreach (var callback in claimed)
        {
            try
            {
                run = await DialAsync(callback, run, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // Left claimed: its lease lapses and the next claim first looks for an attempt this one may have placed.
                LogFailed(logger, ex, callback.Id);
            }
        }

        return run;
    }

    private async Task<CallbackRun> DialAsync(ClaimedCallback callback, CallbackRun run, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var now = clock.GetUtcNow();

        // A holder whose lease lapsed may have placed the call before it died: that attempt is the callback's.
        if (callback.LapsedAt is { } lapsed && await store.AttemptSinceAsync(callback, lapsed - Lease, cancellationToken) is { } earlier)
        {
            await store.DialedAsync(callback.Id, earlier, now, cancellationToken);
            return run with { Dialed = run.Dialed + 1 };
        }

        var campaign = callback.CampaignId is { } campaignId
            ? await db.Campaigns.AsNoTracking().SingleOrDefaultAsync(c => c.Id == campaignId, cancellationToken)
            : null;
        if (campaign is null || campaign.Status is CampaignStatus.Stopped or CampaignStatus.Draft)
        {
            // Its campaign's caller ids and hours are gone with the campaign: a supervisor sees it closed, with why.
            await store.ClosedAsync(callback.Id, nameof(CallbackStatus.NotPossible), [CampaignStoppedRuleId], null, now, cancellationToken);
            return run with { Closed = run.Closed + 1 };
        }

        var missAt = callback.NextTryAt + TimeSpan.FromMinutes(settings.CallbackMissAfterMinutes);
        if (campaign.Status == CampaignStatus.Paused)
        {
            if (now > callback.DueAt + TimeSpan.FromMinutes(settings.CallbackMissAfterMinutes))
            {
                return await MissedAsync(callback, run, now, cancellationToken);
            }

            await store.BlockedAsync(callback.Id, [CampaignPausedRuleId], now + ShortWait, cancellationToken);
            return run with { Blocked = run.Blocked + 1 };
        }

        // Real collectors: the pick and the placement under the pool's lock, as a pacing round decides and claims.
        PacingLock? held = settings.SimulatedIdleCollectors > 0 ? null : await PacingLock.AcquireAsync(dataSource, cancellationToken);
        try
        {
            if (await CollectorForAsync(campaign, callback, now, cancellationToken) is not { } pick)
            {
                if (now > missAt)
                {
                    return await MissedAsync(callback, run, now, cancellationToken);
                }

                await store.ReleaseAsync(callback.Id, cancellationToken);
                return run with { Waiting = run.Waiting + 1 };
            }

            Guid? dialedFor = pick == Guid.Empty ? null : pick;
            var placement = await placer.PlaceAsync(campaign, callback.AccountId, ContactMode.Progressive, dialedFor, dialedFor, cancellationToken, callback.PhoneId);
            return await SettleAsync(callback, placement, run, cancellationToken);
        }
        finally
        {
            if (held is not null)
            {
                await held.DisposeAsync();
            }
        }
    }

    /// <summary>
    /// Who the line is dialed for: the requesting collector when free and licensed for the account's state; after the
    /// grace, the free collector routing would pick (language and licence, else licence alone). Null when nobody can
    /// take it yet; <see cref="Guid.Empty"/> stands for a simulated collector (benchmarks and demos without presence).
    /// </summary>
    private async Task<Guid?> CollectorForAsync(Campaign campaign, ClaimedCallback callback, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var team = await collectors.ReadAsync(campaign, cancellationToken);
        var free = team.Simulated > 0 ? team.Present : CollectorPool.Assign(team.Present, await statistics.LinesOutAsync(now, cancellationToken)).Free;
        if (callback.CollectorId is { } own && free.Any(c => c.Id == own && c.States.Contains(callback.State)))
        {
            return own;
        }

        if (now < callback.NextTryAt + TimeSpan.FromMinutes(options.Value.CallbackGraceMinutes))
        {
            return null;
        }

        var other = free.FirstOrDefault(c => c.CanTake(callback.Language, callback.State)) ?? free.FirstOrDefault(c => c.States.Contains(callback.State));
        return other?.Id ?? (team.Simulated > 0 ? Guid.Empty : null);
    }

    private async Task<CallbackRun> SettleAsync(ClaimedCallback callback, Placement placement, CallbackRun run, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var rules = placement.BlockedBy.Select(r => r.RuleId).ToList();
        switch (placement.Result)
        {
            case PlacementResult.Dialed:
                await store.DialedAsync(callback.Id, placement.AttemptId!.Value, now, cancellationToken);
                LogDialed(logger, callback.Id, placement.AttemptId.Value);
                return run with { Dialed = run.Dialed + 1 };

            // A rule that names no time (a hold only a person lifts, no dialable number, no consent) stands in the way
            // for good; the ledger's refusals are passing (it is tried again when it comes back).
            case PlacementResult.Blocked when placement.BlockedBy.Any(r => r.AllowedFrom is null && !r.RuleId.StartsWith("LEDGER-", StringComparison.Ordinal)):
                await store.ClosedAsync(callback.Id, nameof(CallbackStatus.NotPossible), rules, null, now, cancellationToken);
                LogNotPossible(logger, callback.Id, string.Join(',', rules));
                return run with { Closed = run.Closed + 1 };

            case PlacementResult.Blocked:
                var next = placement.NextLook is { } look && look > now ? look : now + ShortWait;
                await store.BlockedAsync(callback.Id, rules, next, cancellationToken);
                LogBlocked(logger, callback.Id, string.Join(',', rules), next);
                return run with { Blocked = run.Blocked + 1 };

            // Recorded but not placed: Twilio refused it, or the ledger's confirm came too late to trust. The attempt
            // stays linked; the callback is closed rather than retried into the same refusal.
            default:
                await store.ClosedAsync(callback.Id, nameof(CallbackStatus.NotPossible), rules.Count > 0 ? rules : ["NOT-PLACED"], placement.AttemptId, now, cancellationToken);
                return run with { Closed = run.Closed + 1 };
        }
    }

    private async Task<CallbackRun> MissedAsync(ClaimedCallback callback, CallbackRun run, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await store.ClosedAsync(callback.Id, nameof(CallbackStatus.Missed), [], null, now, cancellationToken);
        LogMissed(logger, callback.Id);
        return run with { Closed = run.Closed + 1 };
    }

    [LoggerMessage(6130, LogLevel.Information, "Callback {CallbackId} dialed as attempt {AttemptId}")]
    private static partial void LogDialed(ILogger logger, Guid callbackId, Guid attemptId);

    [LoggerMessage(6131, LogLevel.Information, "Callback {CallbackId} blocked by {Rules}; tried again at {NextTry}")]
    private static partial void LogBlocked(ILogger logger, Guid callbackId, string rules, DateTimeOffset nextTry);

    [LoggerMessage(6132, LogLevel.Information, "Callback {CallbackId} is not possible: {Rules}")]
    private static partial void LogNotPossible(ILogger logger, Guid callbackId, string rules);

    [LoggerMessage(6133, LogLevel.Warning, "Callback {CallbackId} missed: no collector could take it in time")]
    private static partial void LogMissed(ILogger logger, Guid callbackId);

    [LoggerMessage(6134, LogLevel.Error, "Callback {CallbackId} could not be dialed; its lease lapses and it is looked at again")]
    private static partial void LogFailed(ILogger logger, Exception exception, Guid callbackId);
}
