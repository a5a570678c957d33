using DebtHub.Dialer.Hopper;
using DebtHub.Dialer.Webhooks;
using DebtHub.Domain.Campaigns;
using DebtHub.Domain.Compliance;
using DebtHub.Domain.Compliance.Facts;
using DebtHub.Infrastructure.Contact;
using DebtHub.Infrastructure.Twilio;
using DebtHub.Infrastructure.Twilio.Calls;
using DebtHub.Infrastructure.Twilio.Rest;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace DebtHub.Dialer.Dialing;

/// <summary>What became of one claimed account.</summary>
public enum PlacementResult
{
    /// <summary>The gate allowed, the ledger confirmed, and Twilio accepted the call.</summary>
    Dialed,

    /// <summary>The gate, the ledger or the campaign's hours held it back; it waits until its next eligible time.</summary>
    Blocked,

    /// <summary>The attempt was confirmed but Twilio refused the call; it is recorded as not connected.</summary>
    NotPlaced,
}

/// <summary>
/// What became of one claimed account, with every rule that held it back (gate, ledger, campaign hours) and when it is
/// looked at again when it was blocked.
/// </summary>
public sealed record Placement(PlacementResult Result, IReadOnlyList<BlockingRule> BlockedBy, DateTimeOffset? NextLook)
{
    public static readonly Placement Dialed = new(PlacementResult.Dialed, [], null);

    public static readonly Placement NotPlaced = new(PlacementResult.NotPlaced, [], null);

    public static Placement Blocked(IReadOnlyList<BlockingRule> rules, DateTimeOffset nextLook) => new(PlacementResult.Blocked, rules, nextLook);
}

/// <summary>
/// The one path from a claimed hopper account to a ringing phone, for every dial mode: for each dialable number of the
/// debtor, ask the contact gateway for a permit (gate + ledger reservation), apply the campaign's own hours, confirm
/// (the attempt is recorded), then place the call with the confirmed attempt. Whatever happens, the hopper entry is
/// settled and released: dialed, or blocked until the earliest instant the gate or the campaign names.
/// </summary>
public sealed partial class CampaignCallPlacer(
    ContactGateway gateway,
    TwilioCallsClient calls,
    HopperStore hopper,
    NpgsqlDataSource dataSource,
    IOptions<TwilioOptions> twilio,
    TimeProvider clock,
    ILogger<CampaignCallPlacer> logger)
{
    /// <summary>When the gate names no instant (a hold only a person lifts), the account is looked at again a day later.</summary>
    private static readonly TimeSpan RecheckWithoutNextTime = TimeSpan.FromDays(1);

    /// <summary>A ledger that could not confirm is asked again soon: nothing was placed.</summary>
    private static readonly TimeSpan RetryAfterLedgerRefusal = TimeSpan.FromMinutes(1);

    private static readonly BlockingRule NoDialableNumber = new(
        "NO-DIALABLE-NUMBER",
        "DebtHub policy",
        "The debtor has no number that may be dialed (every one is wrong, disconnected or do-not-call); it is looked at again tomorrow.",
        null);

    /// <param name="collectorId">The collector placing the call (preview), recorded on the attempt.</param>
    /// <param name="dialedFor">The idle collector a progressive line was opened for: routing offers them the answer first.</param>
    public async Task<Placement> PlaceAsync(
        Campaign campaign, Guid accountId, ContactMode mode, Guid? collectorId, Guid? dialedFor, CancellationToken cancellationToken)
    {
        var blocks = new List<BlockingRule>();
        DateTimeOffset? next = null;
        var phones = await DialablePhonesAsync(accountId, cancellationToken);
        if (phones.Count == 0)
        {
            return await BlockedAsync(campaign, accountId, [NoDialableNumber], clock.GetUtcNow() + RecheckWithoutNextTime, cancellationToken);
        }

        foreach (var phoneId in phones)
        {
            var outcome = await gateway.RequestPermitAsync(
                new ContactIntent([accountId], phoneId, ContactChannel.Call, mode, CampaignId: campaign.Id, CollectorId: collectorId, CampaignHours: campaign.Hours),
                cancellationToken);
            if (outcome.Grant is not { } grant)
            {
                blocks.AddRange(outcome.Eligibility.BlockedBy);
                next = Earliest(next, outcome.Eligibility.NextAllowedAt);
                continue;
            }

            // The campaign's hours were checked by the gateway in the debtor's zones before anything was reserved.
            var now = clock.GetUtcNow();
            var confirmation = await gateway.ConfirmAsync(grant, collectorId, campaign.Id, cancellationToken);
            if (confirmation.Attempt is not { } attempt)
            {
                var refused = new BlockingRule(
                    $"LEDGER-{confirmation.Outcome.ToString().ToUpperInvariant()}",
                    "DebtHub policy (a contact is placed only once the shared ledger confirms it)",
                    "The contact ledger did not confirm the call; it is tried again in a minute.",
                    now + RetryAfterLedgerRefusal);
                return await BlockedAsync(campaign, accountId, [refused], now + RetryAfterLedgerRefusal, cancellationToken);
            }

            return await DialAsync(campaign, accountId, attempt, dialedFor, cancellationToken);
        }

        // Every number refused: wait for the earliest instant any of them allows (a daily re-check when none is known).
        var now2 = clock.GetUtcNow();
        var nextLook = next is { } n && n > now2 ? n : now2 + (next is null ? RecheckWithoutNextTime : RetryAfterLedgerRefusal);
        return await BlockedAsync(campaign, accountId, blocks, nextLook, cancellationToken);
    }

    private async Task<Placement> BlockedAsync(Campaign campaign, Guid accountId, IReadOnlyList<BlockingRule> rules, DateTimeOffset nextLook, CancellationToken cancellationToken)
    {
        var distinct = rules.DistinctBy(r => (r.RuleId, r.Explanation)).ToList();
        await hopper.BlockedAsync(campaign.Id, accountId, distinct.Select(r => r.RuleId).ToList(), nextLook, cancellationToken);
        return Placement.Blocked(distinct, nextLook);
    }

    private async Task<Placement> DialAsync(Campaign campaign, Guid accountId, ConfirmedAttempt attempt, Guid? dialedFor, CancellationToken cancellationToken)
    {
        var destination = attempt.Permit.Destination;
        var call = OutboundCallFor(campaign, destination, attempt, dialedFor);
        var provisionalNext = attempt.ConfirmedAt + campaign.Retry.Delays.Values.Min();
        try
        {
            var placed = await calls.PlaceCallAsync(attempt, call, cancellationToken);
            await hopper.DialedAsync(campaign.Id, accountId, attempt.AttemptId, attempt.ConfirmedAt, provisionalNext, campaign.Retry.MaxAttempts, CancellationToken.None);
            LogDialed(logger, campaign.Id, attempt.AttemptId, placed.Sid);
            return Placement.Dialed;
        }
        catch (Exception ex) when (ex is ContactPermitRefusedException or TwilioApiException)
        {
            // Nothing rang: the confirmed attempt stops counting, and the account waits as after a failed call.
            await gateway.AbandonUnplacedAsync(attempt, CancellationToken.None);
            await hopper.DialedAsync(campaign.Id, accountId, attempt.AttemptId, attempt.ConfirmedAt,
                attempt.ConfirmedAt + campaign.Retry.DelayAfter(DialOutcome.Failed), campaign.Retry.MaxAttempts, CancellationToken.None);
            LogNotPlaced(logger, campaign.Id, attempt.AttemptId, ex.GetType().Name);
            return Placement.NotPlaced;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // The call may have been created: it stays counted, and the account is not dialed again before its retry.
            await hopper.DialedAsync(campaign.Id, accountId, attempt.AttemptId, attempt.ConfirmedAt, provisionalNext, campaign.Retry.MaxAttempts, CancellationToken.None);
            LogOutcomeUnknown(logger, campaign.Id, attempt.AttemptId, ex.GetType().Name);
            return Placement.Dialed;
        }
    }

    private OutboundCall OutboundCallFor(Campaign campaign, string destination, ConfirmedAttempt attempt, Guid? dialedFor)
    {
        var publicBase = twilio.Value.PublicWebhookBaseUrl ?? throw new InvalidOperationException("Twilio:PublicWebhookBaseUrl is required to place campaign calls.");
        var leaveMessage = campaign.AnsweringMachineDetection && campaign.Voicemail.LeaveMessage;
        // The attempt id (and whether its permit allows a voicemail) rides in every webhook URL, signed by Twilio:
        // routing and outcomes find the attempt by it.
        return new OutboundCall(destination, campaign.CallerIds.ChooseFor(destination, attempt.AttemptId.GetHashCode()), DialerCallUrls.Url(publicBase, TwilioWebhookEndpoints.AnswerPath, attempt, dialedFor))
        {
            StatusCallback = DialerCallUrls.Url(publicBase, TwilioWebhookEndpoints.StatusPath, attempt),
            StatusCallbackEvents = [CallProgressEvent.Initiated, CallProgressEvent.Ringing, CallProgressEvent.Answered, CallProgressEvent.Completed],
            MachineDetection = campaign.AnsweringMachineDetection ? (leaveMessage ? MachineDetection.DetectMessageEnd : MachineDetection.Enable) : null,
            AsyncAmdStatusCallback = campaign.AnsweringMachineDetection ? DialerCallUrls.Url(publicBase, TwilioWebhookEndpoints.AmdPath, attempt) : null,
            Timeout = 25,
        };
    }

    /// <summary>The debtor's numbers that may be dialed at all, mobile first, oldest first.</summary>
    private async Task<List<Guid>> DialablePhonesAsync(Guid accountId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            select p.id from debtor_phones p join accounts a on a.debtor_id = p.debtor_id
             where a.id = @account and p.status in ('Unverified', 'Valid') and p.do_not_call_since is null
             order by (p.line_type = 'Mobile') desc, p.added_at, p.id
            """);
        command.Parameters.AddWithValue("account", accountId);
        var ids = new List<Guid>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Add(reader.GetGuid(0));
        }

        return ids;
    }

    private static DateTimeOffset? Earliest(DateTimeOffset? a, DateTimeOffset? b) => a is null ? b : b is null ? a : (a < b ? a : b);

    [LoggerMessage(6100, LogLevel.Debug, "Campaign {CampaignId} placed attempt {AttemptId} as call {CallSid}")]
    private static partial void LogDialed(ILogger logger, Guid campaignId, Guid attemptId, string callSid);

    [LoggerMessage(6101, LogLevel.Warning, "Campaign {CampaignId}: Twilio refused attempt {AttemptId} ({Error}); recorded as not connected")]
    private static partial void LogNotPlaced(ILogger logger, Guid campaignId, Guid attemptId, string error);

    [LoggerMessage(6102, LogLevel.Warning, "Campaign {CampaignId}: attempt {AttemptId} has no clear answer from Twilio ({Error}); it stays counted")]
    private static partial void LogOutcomeUnknown(ILogger logger, Guid campaignId, Guid attemptId, string error);
}
