using DebtHub.Domain.Collectors;
using DebtHub.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DebtHub.Dialer.Presence;

/// <summary>
/// State changes of a collector's presence inside the caller's unit of work: each one closes the open period and opens
/// the next, so the time spent per state adds up. The presence row's xmin makes a change that raced another one fail
/// (a collector going offline while routing claims them cannot both win).
/// </summary>
public static class PresenceChanges
{
    /// <summary>The collector's presence, tracked; a collector never seen by the dialer starts offline.</summary>
    public static async Task<CollectorPresence> PresenceOfAsync(this DebtHubDbContext db, Guid collectorId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var presence = await db.CollectorPresence.SingleOrDefaultAsync(p => p.CollectorId == collectorId, cancellationToken);
        if (presence is not null)
        {
            return presence;
        }

        // Time before the dialer first saw the collector is nobody's business: the first period is the first state set.
        var (created, _) = CollectorPresence.Start(collectorId, now);
        db.CollectorPresence.Add(created);
        return created;
    }

    /// <summary>Moves the tracked presence to <paramref name="state"/>, closing the open period and opening the next.</summary>
    public static async Task MoveAsync(
        this DebtHubDbContext db, CollectorPresence presence, PresenceState state, string? callSid, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(presence);
        await CloseOpenPeriodAsync(db, presence.CollectorId, now, cancellationToken);
        db.PresencePeriods.Add(presence.MoveTo(state, callSid, now));
    }

    /// <summary>Routing claimed this (row-locked, available or overdue in wrap-up) collector for a call.</summary>
    internal static async Task StartCallAsync(
        this DebtHubDbContext db, CollectorPresence presence, string callSid, DateTimeOffset now, DateTimeOffset wrapUpDeadline, CancellationToken cancellationToken)
    {
        await CloseOpenPeriodAsync(db, presence.CollectorId, now, cancellationToken);
        db.PresencePeriods.Add(presence.StartCall(callSid, now, wrapUpDeadline));
    }

    private static async Task CloseOpenPeriodAsync(DebtHubDbContext db, Guid collectorId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var open = db.PresencePeriods.Local.FirstOrDefault(p => p.CollectorId == collectorId && p.EndedAt is null)
                   ?? await db.PresencePeriods.SingleOrDefaultAsync(p => p.CollectorId == collectorId && p.EndedAt == null, cancellationToken);
        open?.Close(now);
    }
}
