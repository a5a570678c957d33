using DebtHub.Dialer.Presence;
using DebtHub.Dialer.Webhooks;
using DebtHub.Domain.Collectors;
using DebtHub.Domain.Compliance.Facts;
using DebtHub.Domain.Contact;
using DebtHub.Infrastructure.Events;
using DebtHub.Infrastructure.Ledger;
using DebtHub.Infrastructure.Persistence;
using DebtHub.Infrastructure.Twilio.Calls;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace DebtHub.Dialer.Outcomes;

/// <summary>
/// The attempt's life from Twilio's callbacks: ringing and answered times, the machine-detection verdict, the end of
/// the call with its result written through the ledger, and the routed collector's presence (on call → wrap-up).
/// Each method is called once per newly recorded callback; repeated deliveries change nothing.
/// </summary>
internal sealed partial class CallOutcomes(
    DebtHubDbContext db,
    IContactLedger ledger,
    EventBus events,
    TimeProvider time,
    ILogger<CallOutcomes> logger)
{
    /// <summary>Twilio fetched the answer URL (with synchronous AMD, its verdict is known).</summary>
    public async Task AnsweredAsync(string callSid, Guid? attemptId, AnsweredBy? answeredBy, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var session = await DialerCallSession.OpenAsync(db, callSid, cancellationToken);
        if (await session.TrackAsync(callSid, attemptId, now, cancellationToken) is not { } call)
        {
            return;
        }

        call.Progress(CallStatus.InProgress.Value, now);
        if (answeredBy is { } verdict)
        {
            call.Detected(verdict.Value, now);
        }

        await session.CommitAsync(cancellationToken);
    }

    /// <summary>
    /// What to leave on an answering machine: nothing when the permit does not allow a voicemail; for a campaign's call,
    /// its limited-content message (or nothing, as its policy says); otherwise the dialer's <paramref name="fallback"/>.
    /// </summary>
    public async Task<string?> VoicemailAsync(string callSid, bool permitAllows, string fallback, CancellationToken cancellationToken)
    {
        if (!permitAllows)
        {
            return null;
        }

        var call = await db.DialerCalls.AsNoTracking().SingleOrDefaultAsync(c => c.CallSid == callSid, cancellationToken);
        if (call?.CampaignId is not { } campaignId)
        {
            return fallback;
        }

        var campaign = await db.Campaigns.AsNoTracking().SingleOrDefaultAsync(c => c.Id == campaignId, cancellationToken);
        var attempt = await db.ContactAttempts.AsNoTracking().SingleAsync(a => a.Id == call.AttemptId, cancellationToken);
        var local = attempt.ZoneLocalTimes.Length > 0 ? attempt.ZoneLocalTimes[0] + (time.GetUtcNow() - attempt.PlacedAt) : time.GetUtcNow().UtcDateTime;
        return campaign?.Voicemail.MessageFor(permitAllowsVoicemail: true, local);
    }

    public async Task StatusAsync(CallStatusEvent callback, Guid? attemptId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        CollectorEvent? ended = null;
        await using (var session = await DialerCallSession.OpenAsync(db, callback.CallSid, cancellationToken))
        {
            if (await session.TrackAsync(callback.CallSid, attemptId, now, cancellationToken) is not { } call || call.IsEnded)
            {
                return;
            }

            if (callback.AnsweredBy is { } verdict)
            {
                call.Detected(verdict.Value, now);
            }

            if (!callback.Status.IsTerminal)
            {
                call.Progress(callback.Status.Value, now);
                await session.CommitAsync(cancellationToken);
                return;
            }

            call.End(callback.Status.Value, callback.DurationSeconds, now);
            if (call.CollectorId is { } collectorId)
            {
                ended = await EndCollectorCallAsync(collectorId, call, now, cancellationToken);
            }

            if (CallOutcomeMap.ForEndedCall(callback.Status, call) is { } result)
            {
                if (result.Disposition == ContactDisposition.Abandoned)
                {
                    call.Abandon(now);
                }

                await session.CommitWithResultAsync(ledger, result.Outcome, result.Disposition, cancellationToken);
            }
            else
            {
                await session.CommitAsync(cancellationToken);
            }

            LogEnded(logger, call.CallSid, call.AttemptId, callback.Status.Value);
        }

        await events.PublishAsync(ended, logger);
    }

    /// <summary>
    /// The asynchronous AMD verdict. A machine on a call already routed lets the collector go (they are available
    /// again at once: they never talked to anyone); the endpoint then redirects the call to the voicemail message.
    /// </summary>
    public async Task MachineDetectedAsync(AmdResultEvent amd, Guid? attemptId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        CollectorEvent? released = null;
        await using (var session = await DialerCallSession.OpenAsync(db, amd.CallSid, cancellationToken))
        {
            if (await session.TrackAsync(amd.CallSid, attemptId, now, cancellationToken) is not { } call)
            {
                return;
            }

            call.Detected(amd.AnsweredBy.Value, now);
            if (amd.AnsweredBy.IsMachine && call.CollectorId is { } collectorId && !call.IsEnded)
            {
                var presence = await db.PresenceOfAsync(collectorId, now, cancellationToken);
                if (presence.IsOnCall(call.CallSid))
                {
                    await db.MoveAsync(presence, PresenceState.Available, null, now, cancellationToken);
                }

                call.Unroute();
                released = new CollectorEvent(collectorId, CollectorEventKind.CallEnded, now, call.AccountId, call.DebtorId, call.CallSid);
            }

            await session.CommitAsync(cancellationToken);
        }

        await events.PublishAsync(released, logger);
    }

    /// <summary>
    /// The collector leg ended. True when the collector talked to the debtor; false when they did not pick up, in which
    /// case the call is abandoned (the caller plays the short message) and a collector who let it ring is set offline
    /// so the next call does not ring an empty desk.
    /// </summary>
    public async Task<bool> DialEndedAsync(DialActionEvent dial, Guid? attemptId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var talked = dial.DialCallStatus is "completed" or "answered";
        CollectorEvent? ended = null;
        await using (var session = await DialerCallSession.OpenAsync(db, dial.CallSid, cancellationToken))
        {
            if (await session.TrackAsync(dial.CallSid, attemptId, now, cancellationToken) is not { } call)
            {
                return talked;
            }

            if (call.CollectorId is { } collectorId)
            {
                var presence = await db.PresenceOfAsync(collectorId, now, cancellationToken);
                if (presence.IsOnCall(call.CallSid))
                {
                    var next = talked ? (call.DispositionedAt is null ? PresenceState.WrapUp : PresenceState.Available)
                        : dial.DialCallStatus == "canceled" ? PresenceState.Available
                        : PresenceState.Offline;
                    await db.MoveAsync(presence, next, call.CallSid, now, cancellationToken);
                    ended = new CollectorEvent(collectorId, CollectorEventKind.CallEnded, now, call.AccountId, call.DebtorId, call.CallSid);
                }
            }

            if (talked)
            {
                await session.CommitAsync(cancellationToken);
            }
            else
            {
                call.Unroute();
                call.Abandon(now);
                await session.CommitWithResultAsync(ledger, AttemptOutcome.Answered, ContactDisposition.Abandoned, cancellationToken);
                LogCollectorMissed(logger, call.CallSid, dial.DialCallStatus);
            }
        }

        await events.PublishAsync(ended, logger);
        return talked;
    }

    /// <summary>The routed call hung up: the collector goes to wrap-up (or straight back if they already recorded the outcome).</summary>
    private async Task<CollectorEvent?> EndCollectorCallAsync(Guid collectorId, DialerCall call, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var presence = await db.PresenceOfAsync(collectorId, now, cancellationToken);
        if (!presence.IsOnCall(call.CallSid))
        {
            return null;
        }

        await db.MoveAsync(presence, call.DispositionedAt is null ? PresenceState.WrapUp : PresenceState.Available, call.CallSid, now, cancellationToken);
        return new CollectorEvent(collectorId, CollectorEventKind.CallEnded, now, call.AccountId, call.DebtorId, call.CallSid);
    }

    [LoggerMessage(EventId = 5211, Level = LogLevel.Information, Message = "Call {CallSid} (attempt {AttemptId}) ended {Status}")]
    private static partial void LogEnded(ILogger logger, string callSid, Guid attemptId, string status);

    [LoggerMessage(EventId = 5212, Level = LogLevel.Warning, Message = "Collector leg of call {CallSid} ended {DialCallStatus}: the debtor was not connected")]
    private static partial void LogCollectorMissed(ILogger logger, string callSid, string dialCallStatus);
}
