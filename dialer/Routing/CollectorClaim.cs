using DebtHub.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DebtHub.Dialer.Routing;

/// <summary>
/// The atomic pick: among available, active collectors who speak the debtor's language and hold a licence for the
/// account's state, the one idle longest, locked with <c>FOR UPDATE SKIP LOCKED</c> so that two answered calls on any
/// instances never get the same collector (the second skips the locked row and takes the next one).
/// </summary>
internal static class CollectorClaim
{
    /// <summary>Must run inside a transaction; the lock holds until it commits.</summary>
    public static async Task<Guid?> ClaimLongestIdleAsync(DebtHubDbContext db, string language, string state, CancellationToken cancellationToken)
    {
        var tag = language.ToLowerInvariant();
        var primary = tag.Split('-')[0];
        var upperState = state.ToUpperInvariant();
        var picked = await db.Database.SqlQuery<Guid>($"""
            select p.collector_id as "Value"
              from collector_presence p
              join collectors c on c.id = p.collector_id
             where p.state = 'Available' and c.is_active
               and (c.languages @> array[{tag}]::text[] or c.languages @> array[{primary}]::text[])
               and c.state_licences @> array[{upperState}]::text[]
             order by p.since, p.collector_id
             limit 1
               for update of p skip locked
            """).ToListAsync(cancellationToken);
        return picked.Count == 0 ? null : picked[0];
    }
}
