using DebtHub.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DebtHub.Dialer.Routing;

/// <summary>
/// The atomic pick: among available, active collectors who hold a licence for the account's state (never waived), those
/// who speak the debtor's language first, and among them the one idle longest, locked with <c>FOR UPDATE SKIP LOCKED</c>
/// so that two answered calls on any instances never get the same collector (the second skips the locked row and takes
/// the next one). When no speaker of the language is free, a licensed collector of another language takes the call at
/// once rather than the person hearing the abandon message: they can identify themselves, verify, and book a callback
/// (CALLBACK_REQUESTED) with a speaker. There is no waiting for a speaker: a person who answered must reach someone
/// within two seconds (47 CFR 64.1200(a)(7)(i)), and silence on the line is what the abandon limit exists to prevent.
/// </summary>
internal static class CollectorClaim
{
    /// <summary>
    /// Must run inside a transaction; the lock holds until it commits. A collector whose wrap-up began before
    /// <paramref name="wrapUpDeadline"/> counts as available from the moment it ran out. <paramref name="preferred"/>
    /// (the collector a progressive line was dialed for) goes first when they still match and are free: pacing matched
    /// each line to one collector, and taking another one could leave a later answer with nobody who can take it.
    /// </summary>
    public static async Task<Guid?> ClaimLongestIdleAsync(
        DebtHubDbContext db, string language, string state, DateTimeOffset wrapUpDeadline, TimeSpan maxWrapUp, Guid? preferred, CancellationToken cancellationToken)
    {
        var wrapSeconds = maxWrapUp.TotalSeconds;
        var tag = language.ToLowerInvariant();
        var primary = tag.Split('-')[0];
        var upperState = state.ToUpperInvariant();
        var first = preferred ?? Guid.Empty;
        var picked = await db.Database.SqlQuery<Guid>($"""
            select p.collector_id as "Value"
              from collector_presence p
              join collectors c on c.id = p.collector_id
             where (p.state = 'Available' or (p.state = 'WrapUp' and p.since < {wrapUpDeadline})) and c.is_active
               and c.state_licences @> array[{upperState}]::text[]
             order by (c.languages @> array[{tag}]::text[] or c.languages @> array[{primary}]::text[]) desc,
                      p.collector_id = {first} desc, case when p.state = 'WrapUp' then p.since + make_interval(secs => {wrapSeconds}) else p.since end, p.collector_id
             limit 1
               for update of p skip locked
            """).ToListAsync(cancellationToken);
        return picked.Count == 0 ? null : picked[0];
    }
}
