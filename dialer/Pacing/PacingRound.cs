using System.Collections.Concurrent;
using System.Diagnostics;
using DebtHub.Dialer.Dialing;
using DebtHub.Dialer.Hopper;
using DebtHub.Domain.Campaigns;
using DebtHub.Domain.Compliance;
using DebtHub.Infrastructure.Ledger;
using DebtHub.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace DebtHub.Dialer.Pacing;

/// <summary>What one pacing round did.</summary>
public sealed record PacingRoundResult(PacingPlan? Plan, int Claimed, int Dialed, int Blocked, int NotPlaced, string? Skipped)
{
    /// <summary>How long the round waited for the shared pool's <see cref="PacingLock"/>, and held it (decision and claims).</summary>
    public (TimeSpan Waited, TimeSpan Held)? PoolLock { get; init; }
}

/// <summary>When each campaign's hopper was last refilled by this instance (refilling every round would scan the segment every second).</summary>
public sealed class HopperRefills
{
    private readonly ConcurrentDictionary<Guid, DateTimeOffset> _last = new();

    public bool Due(Guid campaignId, DateTimeOffset now, TimeSpan every) =>
        !_last.TryGetValue(campaignId, out var last) || now - last >= every || now < last;

    public void Done(Guid campaignId, DateTimeOffset now) => _last[campaignId] = now;
}

/// <summary>
/// One round of one campaign, what its Quartz job runs every couple of seconds: refill the hopper now and then, apply
/// known outcomes to the retry times, decide the lines (pacing), claim that many accounts in priority order and place
/// each through <see cref="CampaignCallPlacer"/>. Nothing is dialed while the campaign is not active or the ledger
/// cannot count (fail closed).
/// </summary>
public sealed partial class PacingRound(
    DebtHubDbContext db,
    HopperStore hopper,
    PacingStatisticsReader statistics,
    IIdleCollectors idleCollectors,
    IContactLedger ledger,
    HopperRefills refills,
    IServiceScopeFactory scopes,
    NpgsqlDataSource dataSource,
    IOptions<DialerOptions> options,
    TimeProvider clock,
    ILogger<PacingRound> logger)
{
    public async Task<PacingRoundResult> RunAsync(Guid campaignId, CancellationToken cancellationToken)
    {
        var campaign = await db.Campaigns.AsNoTracking().SingleOrDefaultAsync(c => c.Id == campaignId, cancellationToken);
        if (campaign is not { Status: CampaignStatus.Active })
        {
            return new PacingRoundResult(null, 0, 0, 0, 0, "The campaign is not active.");
        }

        if (ledger.Status is { Ready: false } status)
        {
            LogLedgerDown(logger, campaignId, status.Reason);
            return new PacingRoundResult(null, 0, 0, 0, 0, "The contact ledger is unavailable: " + status.Reason);
        }

        var settings = options.Value;
        var now = clock.GetUtcNow();
        if (refills.Due(campaignId, now, TimeSpan.FromSeconds(settings.HopperRefillSeconds)))
        {
            await hopper.FillAsync(campaign, now, cancellationToken);
            refills.Done(campaignId, now);
        }

        await hopper.ApplyOutcomesAsync(campaign, cancellationToken);
        var (plan, claimed, poolLock) = await PlanAndClaimAsync(campaign, now, cancellationToken);
        int dialed = 0, blocked = 0, notPlaced = 0;
        var mode = ModeOf(campaign.Mode);
        await Parallel.ForEachAsync(claimed, new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken }, async (claim, token) =>
        {
            var (accountId, dialedFor) = claim;
            await using var scope = scopes.CreateAsyncScope();
            var placer = scope.ServiceProvider.GetRequiredService<CampaignCallPlacer>();
            try
            {
                var result = await placer.PlaceAsync(campaign, accountId, mode, null, dialedFor, token);
                switch (result.Result)
                {
                    case PlacementResult.Dialed:
                        Interlocked.Increment(ref dialed);
                        break;
                    case PlacementResult.Blocked:
                        Interlocked.Increment(ref blocked);
                        break;
                    default:
                        Interlocked.Increment(ref notPlaced);
                        break;
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The claim lapses with its lease; LapsedClaimRecovery settles it before the account is claimed again.
                LogPlacementFailed(logger, ex, campaignId, accountId);
            }
        });

        return new PacingRoundResult(plan, claimed.Count, dialed, blocked, notPlaced, null) { PoolLock = poolLock };
    }

    /// <summary>The pacing decision for the campaign now, without dialing (for the live figures).</summary>
    public async Task<PacingPlan> PlanAsync(Campaign campaign, DateTimeOffset now, CancellationToken cancellationToken) =>
        (await DecideAsync(campaign, now, cancellationToken)).Plan;

    /// <summary>
    /// Decides and claims this round's accounts. With real collectors the decision and the claims happen under the
    /// pool's <see cref="PacingLock"/>, so no two campaigns' rounds, on any instance, count the same free collector.
    /// Simulated collectors (benchmarks) are the campaign's own and need no lock.
    /// </summary>
    private async Task<(PacingPlan Plan, IReadOnlyList<(Guid AccountId, Guid? DialedFor)> Claimed, (TimeSpan, TimeSpan)? PoolLock)> PlanAndClaimAsync(
        Campaign campaign, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var lease = TimeSpan.FromSeconds(settings.ClaimLeaseSeconds);
        if (settings.SimulatedIdleCollectors > 0 || campaign.Mode == DialMode.Preview)
        {
            var alone = await DecideAsync(campaign, now, cancellationToken);
            var ids = await hopper.ClaimAsync(campaign, alone.Plan.Lines, settings.InstanceId, now, lease, cancellationToken);
            return (alone.Plan, ids.Select(a => (a, (Guid?)null)).ToList(), null);
        }

        // Nobody idle: nothing to decide, and no need to queue for the lock behind other campaigns' rounds.
        if ((await idleCollectors.ReadAsync(campaign, cancellationToken)).Present.Count == 0)
        {
            return ((await DecideAsync(campaign, now, cancellationToken)).Plan, [], null);
        }

        var waiting = Stopwatch.StartNew();
        await using var held = await PacingLock.AcquireAsync(dataSource, cancellationToken);
        var waited = waiting.Elapsed;
        var holding = Stopwatch.StartNew();
        var decision = await DecideAsync(campaign, now, cancellationToken);
        IReadOnlyList<(Guid, Guid?)> claimed;
        if (campaign.Mode == DialMode.Progressive)
        {
            // One account per free collector, each the best that collector can take, dialed for them.
            var claims = await hopper.ClaimForAsync(campaign, decision.Free, settings.InstanceId, now, lease, cancellationToken, decision.Plan.Lines, held);
            claimed = claims.Select(c => (c.AccountId, (Guid?)c.CollectorId)).ToList();
        }
        else
        {
            var ids = await hopper.ClaimAsync(campaign, decision.Plan.Lines, settings.InstanceId, now, lease, cancellationToken, decision.Free, held);
            claimed = ids.Select(a => (a, (Guid?)null)).ToList();
        }

        await held.CommitAsync(cancellationToken);
        return (decision.Plan, claimed, (waited, holding.Elapsed));
    }

    /// <summary>
    /// The pacing decision against the shared pool: every campaign's lines out take the collectors routing would give
    /// them; of the collectors left, this campaign may use its share (<see cref="CollectorPool.Entitled"/>). Progressive
    /// opens one line per collector it may use; predictive applies its dial ratio to the collectors its lines hold plus
    /// those it may use. <see cref="Decision.Free"/> are the collectors to claim for (progressive) or among whose skills
    /// to claim (predictive).
    /// </summary>
    private async Task<Decision> DecideAsync(Campaign campaign, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var stats = await statistics.ReadAsync(campaign.Id, now, cancellationToken);
        var handleTime = stats.AverageHandleTime ?? TimeSpan.FromSeconds(settings.AssumedHandleSeconds);
        if (settings.SimulatedIdleCollectors > 0 || campaign.Mode == DialMode.Preview)
        {
            var alone = await idleCollectors.ReadAsync(campaign, cancellationToken);
            return new Decision(PacingMath.Plan(campaign.Mode, alone.Count, stats, campaign.Pacing, handleTime, now, settings.MaxCallsPerRound), alone.Present);
        }

        // The lines before the collectors: a call routed in between then leaves the lines but also the idle collectors
        // (routing moves both in one transaction), so it is counted twice, never zero times — fewer lines, not more.
        var lines = await statistics.LinesOutAsync(now, cancellationToken);
        var team = await idleCollectors.ReadAsync(campaign, cancellationToken);
        var pool = CollectorPool.Assign(team.Present, lines);
        var wanting = await hopper.CampaignsWantingAsync(campaign.Id, pool.Free, now, cancellationToken);
        var entitled = CollectorPool.Entitled(campaign.Id, team.Present.Count, pool, wanting);
        var shared = wanting.Count == 0
            ? $"{pool.Free.Count} of {team.Present.Count} idle collectors free of every campaign's lines out"
            : $"{pool.Free.Count} of {team.Present.Count} idle collectors free of every campaign's lines out, shared with {wanting.Count} other campaign(s)";
        var own = lines.Count(l => l.CampaignId == campaign.Id);
        if (campaign.Mode == DialMode.Progressive)
        {
            var open = Math.Min(entitled, settings.MaxCallsPerRound);
            var progressive = new PacingPlan(DialMode.Progressive, team.Present.Count, own, open, 1m, stats.AnswerRateLastDay, stats.AbandonRate30Days, 0m, null,
                $"Progressive: one line per idle collector left ({shared}; this campaign may use {entitled}).");
            return new Decision(progressive, pool.Free);
        }

        // Predictive: the ratio applies to the collectors this campaign's own calls hold plus those it may still use, less
        // its own lines out (calls in flight and claims not yet dialed).
        var mine = pool.Taken(campaign.Id) + entitled;
        var plan = PacingMath.Plan(campaign.Mode, mine, stats with { InFlight = own }, campaign.Pacing, handleTime, now, settings.MaxCallsPerRound);
        return new Decision(plan with { Reason = $"{plan.Reason} ({shared}; this campaign's calls hold {pool.Taken(campaign.Id)} and it may use {entitled} more.)" },
            pool.Free.Count > 0 ? pool.Free : team.Present);
    }

    private sealed record Decision(PacingPlan Plan, IReadOnlyList<IdleCollector> Free);

    internal static ContactMode ModeOf(DialMode mode) => mode switch
    {
        DialMode.Preview => ContactMode.Preview,
        DialMode.Progressive => ContactMode.Progressive,
        _ => ContactMode.Predictive,
    };

    [LoggerMessage(6110, LogLevel.Warning, "Campaign {CampaignId} is not dialing: the contact ledger is unavailable ({Reason})")]
    private static partial void LogLedgerDown(ILogger logger, Guid campaignId, string reason);

    [LoggerMessage(6111, LogLevel.Error, "Campaign {CampaignId}: placing account {AccountId} failed; its claim lapses")]
    private static partial void LogPlacementFailed(ILogger logger, Exception exception, Guid campaignId, Guid accountId);
}
