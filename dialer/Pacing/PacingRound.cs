using System.Collections.Concurrent;
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

namespace DebtHub.Dialer.Pacing;

/// <summary>What one pacing round did.</summary>
public sealed record PacingRoundResult(PacingPlan? Plan, int Claimed, int Dialed, int Blocked, int NotPlaced, string? Skipped);

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
        var team = await idleCollectors.ReadAsync(campaign, cancellationToken);
        var plan = await PlanAsync(campaign, team, now, cancellationToken);
        var claimed = await ClaimAsync(campaign, team, plan, now, cancellationToken);
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
                // The claim lapses by itself; the account is looked at again after the lease.
                LogPlacementFailed(logger, ex, campaignId, accountId);
            }
        });

        return new PacingRoundResult(plan, claimed.Count, dialed, blocked, notPlaced, null);
    }

    /// <summary>The pacing decision for the campaign now, without dialing (for the live figures).</summary>
    public async Task<PacingPlan> PlanAsync(Campaign campaign, DateTimeOffset now, CancellationToken cancellationToken) =>
        await PlanAsync(campaign, await idleCollectors.ReadAsync(campaign, cancellationToken), now, cancellationToken);

    private async Task<PacingPlan> PlanAsync(Campaign campaign, IdleTeam team, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var stats = await statistics.ReadAsync(campaign.Id, now, cancellationToken);
        return PacingMath.Plan(campaign.Mode, team.Count, stats, campaign.Pacing, stats.AverageHandleTime ?? TimeSpan.FromSeconds(options.Value.AssumedHandleSeconds), now, options.Value.MaxCallsPerRound);
    }

    /// <summary>
    /// The accounts to dial this round. Progressive with real collectors: one account per collector left free once the
    /// calls in flight have each taken the longest-idle collector who can take them (as routing will), each the best
    /// account that collector can take, so every answer has a collector; predictive: the planned lines among accounts
    /// some idle collector can take. Simulated collectors take anything.
    /// </summary>
    private async Task<IReadOnlyList<(Guid AccountId, Guid? DialedFor)>> ClaimAsync(
        Campaign campaign, IdleTeam team, PacingPlan plan, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var lease = TimeSpan.FromSeconds(settings.ClaimLeaseSeconds);
        if (campaign.Mode == DialMode.Progressive && team.Simulated == 0)
        {
            var needs = await statistics.InFlightNeedsAsync(campaign.Id, now, cancellationToken);
            var free = FreeAfter(team.Present, needs).Take(settings.MaxCallsPerRound).ToList();
            var claims = await hopper.ClaimForAsync(campaign, free, settings.InstanceId, now, lease, cancellationToken);
            return claims.Select(c => (c.AccountId, (Guid?)c.CollectorId)).ToList();
        }

        var accounts = await hopper.ClaimAsync(campaign, plan.Lines, settings.InstanceId, now, lease, cancellationToken, team.Simulated > 0 ? null : team.Present);
        return accounts.Select(a => (a, (Guid?)null)).ToList();
    }

    /// <summary>The collectors (longest idle first) not needed by the calls in flight, each of which takes the first one that can take it.</summary>
    internal static IEnumerable<IdleCollector> FreeAfter(IReadOnlyList<IdleCollector> collectors, IReadOnlyList<(string State, string Language)> inFlight)
    {
        var free = collectors.ToList();
        foreach (var (state, language) in inFlight)
        {
            var index = free.FindIndex(c => c.CanTake(language, state));
            if (index >= 0)
            {
                free.RemoveAt(index);
            }
        }

        return free;
    }

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
