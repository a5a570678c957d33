using System.Net;
using System.Text.Json;
using DebtHub.Dialer.Webhooks;
using DebtHub.Dialer.Webhooks.CallLegs;
using DebtHub.Domain.Audit;
using DebtHub.Domain.Compliance.Facts;
using DebtHub.Domain.Contact;
using DebtHub.Infrastructure.Ledger;
using DebtHub.Infrastructure.Persistence;
using DebtHub.Infrastructure.Twilio.Calls;
using DebtHub.Infrastructure.Twilio.Rest;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DebtHub.Dialer.Outcomes;

/// <summary>
/// Calls whose status callbacks never reached us (the network, our instance down): a dialer call still not ended
/// <see cref="DialerOptions.StaleCallSeconds"/> after it was placed is fetched from Twilio, and a final status there is
/// applied exactly as its callback would have been (recorded in the call legs, then <see cref="CallOutcomes.StatusAsync"/>:
/// the result through the ledger, a routed collector to wrap-up), so a late real callback finds it done and changes
/// nothing. A call still live after <see cref="DialerOptions.MaxCallMinutes"/> is hung up and closed the same way. A
/// call Twilio does not know (404), and a campaign attempt whose placement had no clear answer and that no Twilio call
/// matches, is closed as <see cref="ContactDisposition.OutcomeUnknown"/>: still counted (it may have rung), with an audit
/// entry. Attempts older than a day are left alone.
/// </summary>
internal sealed partial class StaleCalls(
    DebtHubDbContext db,
    TwilioCallsClient twilio,
    ICallLegStore legs,
    CallOutcomes outcomes,
    IContactLedger ledger,
    IOptions<DialerOptions> options,
    TimeProvider time,
    ILogger<StaleCalls> logger)
{
    public const string AuditAction = "call.outcome.unknown";

    /// <summary>How far from the attempt's confirmation a Twilio call found by listing may have been created.</summary>
    private static readonly TimeSpan MatchWindow = TimeSpan.FromMinutes(2);

    /// <summary>Reconciles up to <paramref name="batch"/> stale calls and unlinked attempts; returns how many were closed.</summary>
    public async Task<int> ReconcileAsync(int batch, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var staleBefore = now - TimeSpan.FromSeconds(options.Value.StaleCallSeconds);
        var dayAgo = now - TimeSpan.FromDays(1);
        var calls = await db.DialerCalls.AsNoTracking()
            .Where(c => c.EndedAt == null && c.CreatedAt < staleBefore && c.CreatedAt > dayAgo)
            .OrderBy(c => c.CreatedAt)
            .Select(c => new { c.CallSid, c.AttemptId, c.CreatedAt })
            .Take(batch)
            .ToListAsync(cancellationToken);
        var closed = 0;
        foreach (var call in calls)
        {
            closed += await ReconcileCallAsync(call.CallSid, call.AttemptId, now - call.CreatedAt, cancellationToken) ? 1 : 0;
        }

        // A campaign attempt whose POST had no clear answer and whose callbacks never came: no SID is known.
        var unlinked = await db.ContactAttempts.AsNoTracking()
            .Where(a => a.CampaignId != null && a.Channel == Domain.Compliance.ContactChannel.Call && a.Direction == ContactDirection.Outbound
                && a.ConnectResult == null && a.PlacedAt < staleBefore && a.PlacedAt > dayAgo
                && !db.DialerCalls.Any(c => c.AttemptId == a.Id))
            .OrderBy(a => a.PlacedAt)
            .Select(a => new { a.Id, a.Destination, a.PlacedAt })
            .Take(batch)
            .ToListAsync(cancellationToken);
        foreach (var attempt in unlinked)
        {
            closed += await ReconcileUnlinkedAsync(attempt.Id, attempt.Destination, attempt.PlacedAt, cancellationToken) ? 1 : 0;
        }

        return closed;
    }

    private async Task<bool> ReconcileCallAsync(string callSid, Guid attemptId, TimeSpan age, CancellationToken cancellationToken)
    {
        TwilioCall fetched;
        try
        {
            fetched = await twilio.FetchAsync(callSid, cancellationToken);
        }
        catch (TwilioApiException e) when (e.Status == HttpStatusCode.NotFound)
        {
            return await LostAsync(callSid, attemptId, "Twilio has no record of the call", cancellationToken);
        }
        catch (Exception e) when (e is TwilioApiException or HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            // Twilio unreachable: the next pass asks again.
            LogFetchFailed(logger, callSid, e.GetType().Name);
            return false;
        }

        if (fetched.Status is { IsTerminal: true } final)
        {
            await ApplyAsync(callSid, attemptId, final, fetched, cancellationToken);
            LogReconciled(logger, callSid, attemptId, final.Value);
            return true;
        }

        if (age < TimeSpan.FromMinutes(options.Value.MaxCallMinutes))
        {
            return false;
        }

        // Still queued, ringing or in progress hours later: hang it up and close it as Twilio will report it.
        var answered = fetched.Status == CallStatus.InProgress;
        try
        {
            fetched = answered ? await twilio.CompleteAsync(callSid, cancellationToken) : await twilio.CancelAsync(callSid, cancellationToken);
        }
        catch (Exception e) when (e is TwilioApiException or HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            LogFetchFailed(logger, callSid, e.GetType().Name);
        }

        var status = answered ? CallStatus.Completed : CallStatus.Canceled;
        await ApplyAsync(callSid, attemptId, status, fetched, cancellationToken);
        LogHungUp(logger, callSid, attemptId, (int)age.TotalMinutes);
        return true;
    }

    /// <summary>Finds the attempt's call among Twilio's recent calls to its number; none means Twilio never had it.</summary>
    private async Task<bool> ReconcileUnlinkedAsync(Guid attemptId, string destination, DateTimeOffset placedAt, CancellationToken cancellationToken)
    {
        TwilioCallPage page;
        try
        {
            page = await twilio.ListPageAsync(new CallListFilter { To = destination, PageSize = 50 }, cancellationToken);
        }
        catch (Exception e) when (e is TwilioApiException or HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            LogListFailed(logger, attemptId, e.GetType().Name);
            return false;
        }

        var candidates = page.Calls
            .Where(c => c.DateCreated is { } created && created >= placedAt - MatchWindow && created <= placedAt + MatchWindow)
            .Select(c => c.Sid)
            .ToList();
        var linked = await db.DialerCalls.AsNoTracking().Where(c => candidates.Contains(c.CallSid)).Select(c => c.CallSid).ToListAsync(cancellationToken);
        var match = page.Calls.FirstOrDefault(c => candidates.Contains(c.Sid) && !linked.Contains(c.Sid));
        if (match is null)
        {
            return await LostAsync(null, attemptId, "No call to the number at Twilio matches the attempt, whose placement had no clear answer", cancellationToken);
        }

        if (match.Status is { IsTerminal: true } final)
        {
            await ApplyAsync(match.Sid, attemptId, final, match, cancellationToken);
            LogReconciled(logger, match.Sid, attemptId, final.Value);
            return true;
        }

        // Still live: link it, and it is reconciled as a known call from now on.
        await using var session = await DialerCallSession.OpenAsync(db, match.Sid, cancellationToken);
        await session.TrackAsync(match.Sid, attemptId, time.GetUtcNow(), cancellationToken);
        await session.CommitAsync(cancellationToken);
        return false;
    }

    /// <summary>The final status, as its status callback would have brought it: recorded in the call's legs, then its outcome.</summary>
    private async Task ApplyAsync(string callSid, Guid attemptId, CallStatus status, TwilioCall fetched, CancellationToken cancellationToken)
    {
        var callback = new CallStatusEvent(callSid, fetched.AccountSid ?? "", status, null, time.GetUtcNow(), fetched.Duration, fetched.AnsweredBy, null);
        if (await legs.RecordStatusAsync(callback, cancellationToken) == CallbackOutcome.Applied)
        {
            await outcomes.StatusAsync(callback, attemptId, cancellationToken);
        }
    }

    /// <summary>
    /// Closes a call (or an attempt without one) Twilio cannot tell us about. A routed call is ended as completed (its
    /// collector goes to wrap-up, and the disposition, or the dialer after the wrap-up limit, writes the result); any other
    /// gets <see cref="ContactDisposition.OutcomeUnknown"/> through the ledger, with an audit entry.
    /// </summary>
    private async Task<bool> LostAsync(string? callSid, Guid attemptId, string reason, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (callSid is not null && await db.DialerCalls.AsNoTracking().AnyAsync(c => c.CallSid == callSid && c.CollectorId != null, cancellationToken))
        {
            await ApplyAsync(callSid, attemptId, CallStatus.Completed, new TwilioCall { Sid = callSid }, cancellationToken);
            LogLost(logger, callSid, attemptId, reason);
            return true;
        }

        await using var session = await DialerCallSession.OpenAsync(db, callSid ?? $"attempt:{attemptId:N}", cancellationToken);
        var attempt = await db.ContactAttempts.SingleAsync(a => a.Id == attemptId, cancellationToken);
        if (attempt.ConnectResult is not null || session.Call is { IsEnded: true })
        {
            return false;
        }

        session.Call?.End(session.Call.Status, null, now);
        var details = JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["disposition"] = nameof(ContactDisposition.OutcomeUnknown),
            ["reason"] = reason,
            ["callSid"] = callSid,
            ["accountId"] = attempt.AccountIds[0],
        });
        db.AuditEntries.Add(AuditEntry.Record(UnrecordedCalls.Actor, null, AuditAction, "ContactAttempt", attempt.Id, details, now));
        await ledger.RecordResultAsync(attempt, AttemptOutcome.NoAnswer, ContactDisposition.OutcomeUnknown, false, session.CommitAsync, cancellationToken);
        LogLost(logger, callSid ?? "none", attemptId, reason);
        return true;
    }

    [LoggerMessage(EventId = 5231, Level = LogLevel.Warning, Message = "Call {CallSid} (attempt {AttemptId}) had no final callback; Twilio says {Status}, applied as its callback")]
    private static partial void LogReconciled(ILogger logger, string callSid, Guid attemptId, string status);

    [LoggerMessage(EventId = 5232, Level = LogLevel.Warning, Message = "Call {CallSid} (attempt {AttemptId}) still live after {Minutes} minutes: hung up and closed")]
    private static partial void LogHungUp(ILogger logger, string callSid, Guid attemptId, int minutes);

    [LoggerMessage(EventId = 5233, Level = LogLevel.Warning, Message = "Call {CallSid} (attempt {AttemptId}) closed with an unknown outcome: {Reason}")]
    private static partial void LogLost(ILogger logger, string callSid, Guid attemptId, string reason);

    [LoggerMessage(EventId = 5234, Level = LogLevel.Warning, Message = "Reconciling call {CallSid} with Twilio failed ({Error}); tried again on the next pass")]
    private static partial void LogFetchFailed(ILogger logger, string callSid, string error);

    [LoggerMessage(EventId = 5235, Level = LogLevel.Warning, Message = "Listing Twilio's calls for attempt {AttemptId} failed ({Error}); tried again on the next pass")]
    private static partial void LogListFailed(ILogger logger, Guid attemptId, string error);
}
