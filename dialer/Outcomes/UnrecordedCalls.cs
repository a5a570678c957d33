using System.Text.Json;
using DebtHub.Dialer.Presence;
using DebtHub.Dialer.Webhooks;
using DebtHub.Domain.Audit;
using DebtHub.Domain.Compliance.Facts;
using DebtHub.Domain.Contact;
using DebtHub.Infrastructure.Ledger;
using DebtHub.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DebtHub.Dialer.Outcomes;

/// <summary>
/// Routed calls nobody dispositioned: once a call has been over for longer than the wrap-up limit
/// (<c>Dialer:VoiceFlow:MaxWrapUpSeconds</c>) and its collector still recorded nothing (they closed the browser), the
/// dialer closes the attempt with <see cref="ContactDisposition.NotRecorded"/> through the ledger (a conversation: the
/// stricter reading starts the 7-day bar), frees the collector from that wrap-up, and writes an audit entry — all in one
/// unit of work under the call's lock, so a disposition clicked at the same moment wins or is told RESULT_RECORDED.
/// </summary>
internal sealed partial class UnrecordedCalls(
    DebtHubDbContext db,
    IContactLedger ledger,
    IOptions<VoiceFlowOptions> flow,
    TimeProvider time,
    ILogger<UnrecordedCalls> logger)
{
    /// <summary>The actor of the audit entries this writes.</summary>
    public const string Actor = "system:dialer";

    public const string AuditAction = "call.disposition.not-recorded";

    /// <summary>Closes up to <paramref name="batch"/> overdue calls; returns how many.</summary>
    public async Task<int> CloseOverdueAsync(int batch, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var limit = TimeSpan.FromSeconds(flow.Value.MaxWrapUpSeconds);
        var overdue = now - limit;
        var sids = await db.DialerCalls.AsNoTracking()
            .Where(c => c.CollectorId != null && c.DispositionedAt == null && c.EndedAt != null && c.EndedAt <= overdue)
            .Join(db.ContactAttempts.Where(a => a.ConnectResult == null), c => c.AttemptId, a => a.Id, (c, _) => new { c.CallSid, c.EndedAt })
            .OrderBy(c => c.EndedAt)
            .Select(c => c.CallSid)
            .Take(batch)
            .ToListAsync(cancellationToken);
        var closed = 0;
        foreach (var sid in sids)
        {
            if (await CloseAsync(sid, now, limit, cancellationToken))
            {
                closed++;
            }
        }

        return closed;
    }

    private async Task<bool> CloseAsync(string callSid, DateTimeOffset now, TimeSpan limit, CancellationToken cancellationToken)
    {
        await using var session = await DialerCallSession.OpenAsync(db, callSid, cancellationToken);
        if (session.Call is not { CollectorId: { } collectorId, DispositionedAt: null, EndedAt: { } ended } call || ended > now - limit)
        {
            return false;
        }

        var attempt = await session.AttemptAsync(cancellationToken);
        if (attempt.ConnectResult is not null)
        {
            return false;
        }

        call.Dispositioned(now);
        var presence = await db.PresenceOfAsync(collectorId, now, cancellationToken);
        if (presence.IsWrappingUp(callSid))
        {
            await db.MoveAsync(presence, Domain.Collectors.PresenceState.Available, null, now, cancellationToken);
        }

        var details = JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["disposition"] = nameof(ContactDisposition.NotRecorded),
            ["reason"] = "No disposition was recorded within the wrap-up limit",
            ["wrapUpLimitSeconds"] = (int)limit.TotalSeconds,
            ["accountId"] = call.AccountId,
            ["collectorId"] = collectorId,
        });
        db.AuditEntries.Add(AuditEntry.Record(Actor, null, AuditAction, "ContactAttempt", attempt.Id, details, now));
        await ledger.RecordResultAsync(attempt, AttemptOutcome.Answered, ContactDisposition.NotRecorded, true, session.CommitAsync, cancellationToken);
        LogClosed(logger, callSid, attempt.Id, collectorId);
        return true;
    }

    [LoggerMessage(EventId = 5221, Level = LogLevel.Warning, Message = "Call {CallSid} (attempt {AttemptId}) closed as NotRecorded: collector {CollectorId} recorded no outcome within the wrap-up limit")]
    private static partial void LogClosed(ILogger logger, string callSid, Guid attemptId, Guid collectorId);
}
