using System.Net;
using DebtHub.Dialer.Hopper;
using DebtHub.Dialer.Outcomes;
using DebtHub.Dialer.Webhooks;
using DebtHub.Domain.Campaigns;
using DebtHub.Domain.Compliance;
using DebtHub.Domain.Compliance.Facts;
using DebtHub.Domain.Contact;
using DebtHub.Infrastructure.Contact;
using DebtHub.Infrastructure.Ledger;
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

    /// <summary>
    /// The attempt was confirmed (recorded) but no call was created: the permit no longer covered it, Twilio refused it
    /// (4xx), or the ledger's confirm was too slow to trust. Its result is NotConnected / NotPlaced and it stops counting.
    /// </summary>
    NotPlaced,
}

/// <summary>
/// What became of one claimed account, with every rule that held it back (gate, ledger, campaign hours) and when it is
/// looked at again when it was blocked.
/// </summary>
public sealed record Placement(PlacementResult Result, IReadOnlyList<BlockingRule> BlockedBy, DateTimeOffset? NextLook)
{
    /// <summary>The recorded attempt, when the ledger confirmed one (dialed, or recorded not placed).</summary>
    public Guid? AttemptId { get; init; }

    public static readonly Placement Dialed = new(PlacementResult.Dialed, [], null);

    public static readonly Placement NotPlaced = new(PlacementResult.NotPlaced, [], null);

    public static Placement Blocked(IReadOnlyList<BlockingRule> rules, DateTimeOffset nextLook) => new(PlacementResult.Blocked, rules, nextLook);
}

/// <summary>
/// The one path from a claimed hopper account to a ringing phone, for every dial mode: ask the contact gateway for a
/// permit for the first of the debtor's dialable numbers it allows (gate, the campaign's own hours, ledger reservation;
/// one load of the facts for all of them), confirm (the attempt is recorded), then place the call with the confirmed
/// attempt. Whatever happens, the hopper entry is settled and released: dialed, or blocked until the earliest instant
/// the gate or the campaign names.
/// </summary>
public sealed partial class CampaignCallPlacer(
    ContactGateway gateway,
    TwilioCallsClient calls,
    HopperStore hopper,
    NpgsqlDataSource dataSource,
    PlacedCalls placedCalls,
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
    /// <param name="onlyPhone">Dial this number of the debtor only (a callback goes to the number the consumer asked on).</param>
    public async Task<Placement> PlaceAsync(
        Campaign campaign, Guid accountId, ContactMode mode, Guid? collectorId, Guid? dialedFor, CancellationToken cancellationToken, Guid? onlyPhone = null)
    {
        var outcome = onlyPhone is { } phone
            ? await OneNumberAsync(new ContactIntent([accountId], phone, ContactChannel.Call, mode, CampaignId: campaign.Id, CollectorId: collectorId, CampaignHours: campaign.Hours), cancellationToken)
            : await gateway.RequestCallPermitAsync(new CallIntent(accountId, mode, campaign.Id, collectorId, campaign.Hours), cancellationToken);
        if (outcome.DialableNumbers == 0)
        {
            return await BlockedAsync(campaign, accountId, [NoDialableNumber], clock.GetUtcNow() + RecheckWithoutNextTime, cancellationToken);
        }

        if (outcome.Grant is { } grant)
        {
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
                var blocked = await BlockedAsync(campaign, accountId, [refused], now + RetryAfterLedgerRefusal, cancellationToken);

                // A confirm that wrote the attempt and then found it took too long (a ledger rebuild may have missed it)
                // records the attempt as not placed: the round counts it as such, not as never attempted.
                return confirmation.Outcome == ConfirmOutcome.Unavailable && await RecordedAsync(grant.Permit.Id)
                    ? blocked with { Result = PlacementResult.NotPlaced, AttemptId = grant.Permit.Id }
                    : blocked;
            }

            return await DialAsync(campaign, accountId, attempt, dialedFor);
        }

        // Every number refused: wait for the earliest instant any of them allows (a daily re-check when none is known).
        DateTimeOffset? next = null;
        foreach (var refusal in outcome.Refused)
        {
            next = Earliest(next, refusal.NextAllowedAt);
        }

        var now2 = clock.GetUtcNow();
        var nextLook = next is { } n && n > now2 ? n : now2 + (next is null ? RecheckWithoutNextTime : RetryAfterLedgerRefusal);
        return await BlockedAsync(campaign, accountId, [.. outcome.Refused.SelectMany(r => r.BlockedBy)], nextLook, cancellationToken);
    }

    /// <summary>The gate's answer for one number of the debtor (it refuses a number no longer dialable: NUMBER-STATUS).</summary>
    private async Task<CallPermitOutcome> OneNumberAsync(ContactIntent intent, CancellationToken cancellationToken)
    {
        var outcome = await gateway.RequestPermitAsync(intent, cancellationToken);
        return new CallPermitOutcome(outcome.Grant, outcome.Grant is null ? [outcome.Eligibility] : [], 1);
    }

    private async Task<Placement> BlockedAsync(Campaign campaign, Guid accountId, IReadOnlyList<BlockingRule> rules, DateTimeOffset nextLook, CancellationToken cancellationToken)
    {
        var distinct = rules.DistinctBy(r => (r.RuleId, r.Explanation)).ToList();
        await hopper.BlockedAsync(campaign.Id, accountId, distinct.Select(r => r.RuleId).ToList(), nextLook, cancellationToken);
        return Placement.Blocked(distinct, nextLook);
    }

    /// <summary>
    /// Places the confirmed attempt and settles it. From here on the attempt is on record, so this finishes whatever
    /// happens to the round (no cancellation token: the POST is bounded by <c>Twilio:RequestTimeout</c>), and what it
    /// returns agrees with the record: <see cref="PlacementResult.Dialed"/> when the call was created or may have been,
    /// <see cref="PlacementResult.NotPlaced"/> when Twilio certainly created nothing (the attempt's result says
    /// <see cref="ContactDisposition.NotPlaced"/>). A failure of our own bookkeeping afterwards changes neither.
    /// </summary>
    private async Task<Placement> DialAsync(Campaign campaign, Guid accountId, ConfirmedAttempt attempt, Guid? dialedFor)
    {
        var destination = attempt.Permit.Destination;
        var call = OutboundCallFor(campaign, destination, attempt, dialedFor);
        var provisionalNext = attempt.ConfirmedAt + campaign.Retry.Delays.Values.Min();
        TwilioCall placed;
        try
        {
            placed = await calls.PlaceCallAsync(attempt, call, CancellationToken.None);
        }
        catch (Exception ex) when (ex is ContactPermitRefusedException || ex is TwilioApiException { Status: < HttpStatusCode.InternalServerError })
        {
            // Refused before sending (the permit no longer covers the call), or a 4xx: Twilio creates no call on a client
            // error. Nothing rang: the attempt says so and stops counting, and the account waits as after a failed call.
            await SettleAsync(attempt, "not-placed result", () => gateway.RecordResultAsync(
                attempt.AttemptId, AttemptOutcome.NotConnected, ContactDisposition.NotPlaced, false, CancellationToken.None));
            await SettleAsync(attempt, "hopper", () => hopper.DialedAsync(campaign.Id, accountId, attempt.AttemptId, attempt.ConfirmedAt,
                attempt.ConfirmedAt + campaign.Retry.DelayAfter(DialOutcome.Failed), campaign.Retry.MaxAttempts, CancellationToken.None));
            LogNotPlaced(logger, campaign.Id, attempt.AttemptId, ex is TwilioApiException api ? $"Twilio {(int)api.Status} {api.Code}" : ex.GetType().Name);
            return Placement.NotPlaced with { AttemptId = attempt.AttemptId };
        }
        catch (Exception ex)
        {
            // A timeout or 5xx with no trace found, or anything else: the call may exist and may have rung. It stays
            // counted with its result unknown until the stale-call reconciler asks Twilio; no retry before its time.
            await SettleAsync(attempt, "hopper", () => hopper.DialedAsync(
                campaign.Id, accountId, attempt.AttemptId, attempt.ConfirmedAt, provisionalNext, campaign.Retry.MaxAttempts, CancellationToken.None));
            LogOutcomeUnknown(logger, campaign.Id, attempt.AttemptId, ex.GetType().Name);
            return Placement.Dialed with { AttemptId = attempt.AttemptId };
        }

        // The call's link to its attempt and the hopper's update in one round trip (one implicit transaction): a placed
        // call is the dialer's most frequent write. Should it fail, the lapsed claim is settled from Twilio's list of calls.
        await SettleAsync(attempt, "call link and hopper", async () =>
        {
            await using var connection = await dataSource.OpenConnectionAsync(CancellationToken.None);
            await using var batch = new NpgsqlBatch(connection)
            {
                BatchCommands =
                {
                    placedCalls.LinkCommand(attempt, placed),
                    HopperStore.DialedCommand(campaign.Id, accountId, attempt.AttemptId, attempt.ConfirmedAt, provisionalNext, campaign.Retry.MaxAttempts),
                },
            };
            await batch.ExecuteNonQueryAsync(CancellationToken.None);
        });
        LogDialed(logger, campaign.Id, attempt.AttemptId, placed.Sid);
        return Placement.Dialed with { AttemptId = attempt.AttemptId };
    }

    /// <summary>
    /// Bookkeeping after the call's fate is known: a failure is logged, not thrown, so the round still counts the call as
    /// what it was. (A hopper entry left claimed lapses with its lease; the ledger keeps counting the attempt.)
    /// </summary>
    private async Task SettleAsync(ConfirmedAttempt attempt, string step, Func<Task> write)
    {
        try
        {
            await write();
        }
        catch (Exception ex)
        {
            LogSettleFailed(logger, ex, attempt.AttemptId, step);
        }
    }

    /// <summary>Whether a confirm the ledger reported unavailable still wrote the attempt (it then records it not placed itself).</summary>
    private async Task<bool> RecordedAsync(Guid attemptId)
    {
        await using var command = dataSource.CreateCommand("select exists (select 1 from contact_attempts where id = @id)");
        command.Parameters.AddWithValue("id", attemptId);
        return await command.ExecuteScalarAsync(CancellationToken.None) is true;
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

    private static DateTimeOffset? Earliest(DateTimeOffset? a, DateTimeOffset? b) => a is null ? b : b is null ? a : (a < b ? a : b);

    [LoggerMessage(6100, LogLevel.Debug, "Campaign {CampaignId} placed attempt {AttemptId} as call {CallSid}")]
    private static partial void LogDialed(ILogger logger, Guid campaignId, Guid attemptId, string callSid);

    [LoggerMessage(6101, LogLevel.Warning, "Campaign {CampaignId}: attempt {AttemptId} was not placed ({Error}); recorded as not placed")]
    private static partial void LogNotPlaced(ILogger logger, Guid campaignId, Guid attemptId, string error);

    [LoggerMessage(6102, LogLevel.Warning, "Campaign {CampaignId}: attempt {AttemptId} has no clear answer from Twilio ({Error}); it stays counted")]
    private static partial void LogOutcomeUnknown(ILogger logger, Guid campaignId, Guid attemptId, string error);

    [LoggerMessage(6103, LogLevel.Error, "Attempt {AttemptId}: writing its {Step} after the placement failed; the placement's result stands")]
    private static partial void LogSettleFailed(ILogger logger, Exception exception, Guid attemptId, string step);
}
