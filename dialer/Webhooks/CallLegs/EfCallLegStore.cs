using DebtHub.Infrastructure.Persistence;
using DebtHub.Infrastructure.Twilio.CallLegs;
using DebtHub.Infrastructure.Twilio.Calls;
using Microsoft.EntityFrameworkCore;

namespace DebtHub.Dialer.Webhooks.CallLegs;

/// <summary>
/// Call legs in PostgreSQL. Each callback is decided inside one transaction holding a per-call advisory lock, so two
/// deliveries of the same callback (Twilio retries, several API instances) cannot both apply; the (call, dedup key)
/// primary key of the events table is the last line of defence.
/// </summary>
internal sealed class EfCallLegStore(DebtHubDbContext db, TimeProvider time) : ICallLegStore
{
    public Task<CallbackOutcome> RecordStatusAsync(CallStatusEvent callback, CancellationToken cancellationToken) =>
        DecideAsync(callback.CallSid, async current =>
        {
            var key = CallLegProgress.DedupKey(callback);
            var seen = await db.TwilioCallEvents.AnyAsync(e => e.CallSid == callback.CallSid && e.DedupKey == key, cancellationToken);
            var now = time.GetUtcNow();
            var (leg, outcome) = CallLegProgress.Apply(current, seen, callback, now);
            return (leg, outcome, seen ? null : new TwilioCallEvent(callback.CallSid, key, "status", callback.SequenceNumber, callback.Status.Value, now));
        }, cancellationToken);

    public Task<CallbackOutcome> RecordAnsweredByAsync(AmdResultEvent amd, CancellationToken cancellationToken) =>
        DecideAsync(amd.CallSid, current =>
        {
            var now = time.GetUtcNow();
            var (leg, outcome) = CallLegProgress.ApplyAnsweredBy(current, amd.CallSid, amd.AnsweredBy, now);
            return Task.FromResult((leg, outcome, outcome == CallbackOutcome.Applied ? new TwilioCallEvent(amd.CallSid, "amd", "amd", null, amd.AnsweredBy.Value, now) : null));
        }, cancellationToken);

    public Task<CallbackOutcome> RecordDialAsync(DialActionEvent dial, CancellationToken cancellationToken) =>
        DecideAsync(dial.CallSid, current =>
        {
            var now = time.GetUtcNow();
            var (leg, outcome) = CallLegProgress.ApplyDial(current, dial, now);
            return Task.FromResult((leg, outcome, outcome == CallbackOutcome.Applied ? new TwilioCallEvent(dial.CallSid, $"dial:{dial.DialCallSid}", "dial", null, dial.DialCallStatus, now) : null));
        }, cancellationToken);

    public async Task<CallLeg?> FindAsync(string callSid, CancellationToken cancellationToken)
    {
        var entity = await db.TwilioCallLegs.AsNoTracking().SingleOrDefaultAsync(l => l.CallSid == callSid, cancellationToken);
        return entity is null ? null : ToLeg(entity);
    }

    public async Task<IReadOnlyList<CallLegEvent>> EventsAsync(string callSid, CancellationToken cancellationToken) =>
        await db.TwilioCallEvents.AsNoTracking()
            .Where(e => e.CallSid == callSid)
            .OrderBy(e => e.ReceivedAt).ThenBy(e => e.SequenceNumber)
            .Select(e => new CallLegEvent(e.CallSid, e.Kind, e.DedupKey, e.SequenceNumber, e.Status, e.ReceivedAt))
            .ToListAsync(cancellationToken);

    private async Task<CallbackOutcome> DecideAsync(
        string callSid,
        Func<CallLeg?, Task<(CallLeg Leg, CallbackOutcome Outcome, TwilioCallEvent? Event)>> decide,
        CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlAsync($"select pg_advisory_xact_lock(hashtextextended({callSid}, 0))", cancellationToken);
        var entity = await db.TwilioCallLegs.SingleOrDefaultAsync(l => l.CallSid == callSid, cancellationToken);
        var (leg, outcome, recorded) = await decide(entity is null ? null : ToLeg(entity));
        if (entity is null)
        {
            entity = new TwilioCallLeg(leg.CallSid, leg.Status.Value, leg.LastSequenceNumber, leg.UpdatedAt);
            db.TwilioCallLegs.Add(entity);
        }

        entity.Update(leg.Status.Value, leg.LastSequenceNumber, leg.AnsweredBy?.Value, leg.DurationSeconds, leg.DialCallStatus, leg.DialCallSid, leg.UpdatedAt);
        if (recorded is not null)
        {
            db.TwilioCallEvents.Add(recorded);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return outcome;
    }

    private static CallLeg ToLeg(TwilioCallLeg entity) =>
        new(entity.CallSid, CallStatus.FromValue(entity.Status), entity.LastSequenceNumber, entity.UpdatedAt)
        {
            AnsweredBy = entity.AnsweredBy is null ? null : AnsweredBy.FromValue(entity.AnsweredBy),
            DurationSeconds = entity.DurationSeconds,
            DialCallStatus = entity.DialCallStatus,
            DialCallSid = entity.DialCallSid,
        };
}
