using DebtHub.Dialer.Hopper;
using DebtHub.Domain.Campaigns;
using DebtHub.Domain.Compliance;
using DebtHub.Domain.Compliance.Facts;
using DebtHub.Domain.Contact;
using DebtHub.Infrastructure.Contact;
using DebtHub.Infrastructure.Persistence;
using DebtHub.Infrastructure.Twilio;
using DebtHub.Infrastructure.Twilio.Calls;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace DebtHub.Dialer.Dialing;

/// <summary>
/// Settles what a dialer instance left behind when it died holding claims (killed, crashed, or a placement that threw).
/// Its claims lapse after the lease; each lapsed entry is looked at once nobody can still act on it: an attempt it
/// confirmed for the account is found in the record, and the carrier's list of calls to the number says whether the
/// call was placed. A placed call settles the entry as dialed (its outcome arrives through the webhooks as for any call);
/// a call never placed is recorded as not placed, as when the carrier refuses one, and waits like a failed call; with
/// no attempt the account goes back to the hopper. So a crash neither loses an attempt nor dials an account twice.
/// </summary>
public sealed partial class LapsedClaimRecovery(
    HopperStore hopper,
    NpgsqlDataSource dataSource,
    DebtHubDbContext db,
    TwilioCallsClient calls,
    ContactGateway gateway,
    ComplianceGate gate,
    IOptions<TwilioOptions> twilio,
    TimeProvider clock,
    ILogger<LapsedClaimRecovery> logger)
{
    /// <summary>How far the carrier's clock may be behind ours when its calls are matched to our attempts.</summary>
    private static readonly TimeSpan CarrierClockSkew = TimeSpan.FromMinutes(2);

    /// <summary>Settles up to <paramref name="limit"/> lapsed claims; returns how many were settled or released.</summary>
    public async Task<int> RecoverAsync(int limit, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var settled = 0;
        var campaigns = new Dictionary<Guid, Campaign?>();
        foreach (var claim in await hopper.LapsedAsync(now, limit, cancellationToken))
        {
            var orphans = await OrphansAsync(claim, cancellationToken);
            if (orphans.Count == 0)
            {
                await hopper.ReleaseLapsedAsync(claim, cancellationToken);
                LogReleased(logger, claim.CampaignId, claim.AccountId, claim.Holder);
                settled++;
                continue;
            }

            if (!campaigns.TryGetValue(claim.CampaignId, out var campaign))
            {
                campaign = await db.Campaigns.AsNoTracking().SingleOrDefaultAsync(c => c.Id == claim.CampaignId, cancellationToken);
                campaigns[claim.CampaignId] = campaign;
            }

            if (campaign is not null && await SettleAsync(campaign, claim, orphans, now, cancellationToken))
            {
                settled++;
            }
        }

        return settled;
    }

    /// <summary>Settles the entry with each attempt its holder confirmed; false while one of them may still be placed.</summary>
    private async Task<bool> SettleAsync(Campaign campaign, LapsedClaim claim, IReadOnlyList<Orphan> orphans, DateTimeOffset now, CancellationToken cancellationToken)
    {
        foreach (var orphan in orphans)
        {
            var placed = orphan.ResultKnown || await CarrierHasCallAsync(orphan, cancellationToken);
            if (!placed)
            {
                // Its permit may still be in a live holder's hands (a stalled process, not a dead one): wait until it
                // expired and a request sent just before then has timed out.
                var lifetime = gate.Schedule.InForceAt(orphan.PlacedAt)?.PermitLifetime ?? TimeSpan.FromMinutes(15);
                if (now < orphan.PlacedAt + lifetime + twilio.Value.RequestTimeout)
                {
                    return false;
                }

                await gateway.RecordResultAsync(orphan.AttemptId, AttemptOutcome.NotConnected, ContactDisposition.NotPlaced, false, cancellationToken);
            }

            var nextLook = orphan.PlacedAt + (placed ? campaign.Retry.Delays.Values.Min() : campaign.Retry.DelayAfter(DialOutcome.Failed));
            await hopper.DialedAsync(campaign.Id, claim.AccountId, orphan.AttemptId, orphan.PlacedAt, nextLook, campaign.Retry.MaxAttempts, cancellationToken);
            LogSettled(logger, campaign.Id, orphan.AttemptId, claim.Holder, placed);
        }

        return true;
    }

    /// <summary>The carrier's calls to the attempt's number since it was confirmed (spacing rules keep earlier calls out of the window).</summary>
    private async Task<bool> CarrierHasCallAsync(Orphan orphan, CancellationToken cancellationToken)
    {
        var page = await calls.ListPageAsync(new CallListFilter { To = orphan.Destination, PageSize = 20 }, cancellationToken);
        return page.Calls.Any(c => c.DateCreated is { } created && created >= orphan.PlacedAt - CarrierClockSkew);
    }

    /// <summary>
    /// Call attempts of the campaign for the account confirmed after the entry's last settled one, each with whether it is
    /// known to have been placed (a result, or its call linked in dialer_calls).
    /// </summary>
    private async Task<List<Orphan>> OrphansAsync(LapsedClaim claim, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            select id, destination, placed_at,
                   connect_result is not null or abandoned_at is not null or exists (select 1 from dialer_calls d where d.attempt_id = a.id)
              from contact_attempts a
             where campaign_id = @campaign and placed_at > @since and @account = any(account_ids)
               and channel = 'Call' and direction = 'Outbound'
             order by placed_at
            """);
        command.Parameters.AddWithValue("campaign", claim.CampaignId);
        command.Parameters.AddWithValue("account", claim.AccountId);
        command.Parameters.AddWithValue("since", claim.LastAttemptAt ?? DateTimeOffset.MinValue);
        var orphans = new List<Orphan>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            orphans.Add(new Orphan(reader.GetGuid(0), reader.GetString(1), reader.GetFieldValue<DateTimeOffset>(2), reader.GetBoolean(3)));
        }

        return orphans;
    }

    private sealed record Orphan(Guid AttemptId, string Destination, DateTimeOffset PlacedAt, bool ResultKnown);

    [LoggerMessage(6120, LogLevel.Information, "Campaign {CampaignId}: the lapsed claim of {Holder} on account {AccountId} left no attempt; back in the hopper")]
    private static partial void LogReleased(ILogger logger, Guid campaignId, Guid accountId, string holder);

    [LoggerMessage(6121, LogLevel.Warning, "Campaign {CampaignId}: attempt {AttemptId} left by {Holder}'s lapsed claim settled (call placed: {Placed})")]
    private static partial void LogSettled(ILogger logger, Guid campaignId, Guid attemptId, string holder, bool placed);
}
