using DebtHub.Dialer.Outcomes;
using DebtHub.Dialer.Presence;
using DebtHub.Dialer.Webhooks;
using DebtHub.Domain.Compliance.Facts;
using DebtHub.Domain.Contact;
using DebtHub.Infrastructure.Events;
using DebtHub.Infrastructure.Ledger;
using DebtHub.Infrastructure.Persistence;
using DebtHub.Infrastructure.Twilio.AccessTokens;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DebtHub.Dialer.Routing;

/// <summary>
/// Connects a person who answered to a collector: claims the longest-idle matching collector (atomically across
/// instances), moves them on call, and pops the account on their screen; or, when nobody can take the call, records it
/// abandoned so the caller can play the short identification message and hang up.
/// </summary>
internal sealed partial class CallRouter(
    DebtHubDbContext db,
    IContactLedger ledger,
    EventBus events,
    IOptions<VoiceFlowOptions> flow,
    TimeProvider time,
    ILogger<CallRouter> logger)
{
    /// <param name="dialedFor">The collector a progressive line was opened for (signed in the answer URL): offered the call first.</param>
    public async Task<RoutingDecision> RouteAsync(string callSid, Guid? attemptId, Guid? dialedFor, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var session = await DialerCallSession.OpenAsync(db, callSid, cancellationToken);
        var call = await session.TrackAsync(callSid, attemptId, now, cancellationToken);
        if (call is null)
        {
            // Not placed by the dialer under an attempt: no account to route by, so nobody may be connected.
            LogUntracked(logger, callSid);
            return RoutingDecision.Abandon;
        }

        if (call.CollectorId is { } already)
        {
            // Twilio fetched the answer URL again (a retry): the same collector, never a second one; their screen pops again.
            await events.PublishAsync(new CollectorEvent(already, CollectorEventKind.CallRouted, now, call.AccountId, call.DebtorId, callSid), logger);
            return RoutingDecision.To(already);
        }

        if (call.AbandonedAt is not null)
        {
            return RoutingDecision.Abandon;
        }

        var needs = await db.Accounts.AsNoTracking()
            .Where(a => a.Id == call.AccountId)
            .Join(db.Debtors, a => a.DebtorId, d => d.Id, (a, d) => new { a.GoverningState, d.PreferredLanguage })
            .SingleAsync(cancellationToken);
        var maxWrapUp = TimeSpan.FromSeconds(flow.Value.MaxWrapUpSeconds);
        var collectorId = await CollectorClaim.ClaimLongestIdleAsync(db, needs.PreferredLanguage, needs.GoverningState, now - maxWrapUp, maxWrapUp, dialedFor, cancellationToken);
        if (collectorId is not { } picked)
        {
            call.Abandon(now);
            await session.CommitWithResultAsync(ledger, AttemptOutcome.Answered, ContactDisposition.Abandoned, cancellationToken);
            LogAbandoned(logger, callSid, call.AttemptId);
            return RoutingDecision.Abandon;
        }

        var presence = await db.PresenceOfAsync(picked, now, cancellationToken);
        await db.StartCallAsync(presence, callSid, now, now - maxWrapUp, cancellationToken);
        call.RoutedTo(picked, now);
        await session.CommitAsync(cancellationToken);
        LogRouted(logger, callSid, picked, (time.GetUtcNow() - now).TotalMilliseconds);
        await events.PublishAsync(new CollectorEvent(picked, CollectorEventKind.CallRouted, now, call.AccountId, call.DebtorId, callSid), logger);
        return RoutingDecision.To(picked);
    }

    [LoggerMessage(EventId = 5201, Level = LogLevel.Information, Message = "Call {CallSid} routed to collector {CollectorId} in {Milliseconds} ms")]
    private static partial void LogRouted(ILogger logger, string callSid, Guid collectorId, double milliseconds);

    [LoggerMessage(EventId = 5202, Level = LogLevel.Warning, Message = "Call {CallSid} (attempt {AttemptId}) abandoned: no matching collector is available")]
    private static partial void LogAbandoned(ILogger logger, string callSid, Guid attemptId);

    [LoggerMessage(EventId = 5203, Level = LogLevel.Warning, Message = "Call {CallSid} has no dialer attempt; nobody is connected")]
    private static partial void LogUntracked(ILogger logger, string callSid);
}

/// <summary>Who takes the answered call, or nobody (the call is abandoned).</summary>
internal sealed record RoutingDecision(Guid? CollectorId)
{
    public static readonly RoutingDecision Abandon = new((Guid?)null);

    public static RoutingDecision To(Guid collectorId) => new(collectorId);

    /// <summary>The softphone identity <c>&lt;Dial&gt;&lt;Client&gt;</c> rings.</summary>
    public string? ClientIdentity => CollectorId is { } id ? CollectorClientIdentity.For(id) : null;
}
