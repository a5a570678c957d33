using DebtHub.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DebtHub.Dialer.Outcomes;

/// <summary>
/// The per-call lock every change to a dialer call takes (webhooks on any instance, the collector's disposition): a
/// transaction-scoped PostgreSQL advisory lock on the call SID, released when the caller's transaction ends.
/// </summary>
public static class DialerCallLock
{
    /// <summary>Must run inside a transaction of <paramref name="db"/>.</summary>
    public static Task AcquireAsync(DebtHubDbContext db, string callSid, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Database.ExecuteSqlAsync($"select pg_advisory_xact_lock(hashtextextended({"dialer:" + callSid}, 0))", cancellationToken);
    }
}
