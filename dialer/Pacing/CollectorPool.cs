namespace DebtHub.Dialer.Pacing;

/// <summary>
/// A line out that will need a collector when a person answers: a call in flight (placed, not yet routed or ended), or
/// an account claimed by a progressive or predictive round and about to be dialed. <see cref="DialedFor"/> is the
/// collector routing offers it first (the progressive line's collector, or the collector who placed a preview call).
/// </summary>
public sealed record LineOut(Guid? CampaignId, string State, string Language, Guid? DialedFor);

/// <summary>The idle collectors once the lines out have each taken one, and how many each campaign's lines took.</summary>
public sealed record PoolAssignment(IReadOnlyList<IdleCollector> Free, IReadOnlyDictionary<Guid, int> TakenBy)
{
    public int Taken(Guid campaignId) => TakenBy.GetValueOrDefault(campaignId);
}

/// <summary>
/// The idle collectors are one pool for every campaign: routing (<c>CollectorClaim</c>) gives an answered call to any
/// available collector who can take it, whatever campaign dialed it. So pacing counts every campaign's lines out
/// against the pool, not only its own; otherwise two campaigns sharing a team each dial for the same idle collectors and
/// the answers beyond the team are abandoned (47 CFR 64.1200(a)(7): at most 3% of live answers per campaign over 30 days).
/// </summary>
public static class CollectorPool
{
    /// <summary>
    /// Each line takes the collector routing would give it: its own collector when still idle, else the longest idle who
    /// can take it (language and licence), else — as routing falls back — the longest idle licensed for its state.
    /// A line nobody can take takes nobody (it would be abandoned whatever pacing does).
    /// </summary>
    public static PoolAssignment Assign(IReadOnlyList<IdleCollector> collectors, IReadOnlyList<LineOut> lines)
    {
        var free = collectors.ToList();
        var taken = new Dictionary<Guid, int>();
        var waiting = new List<LineOut>(lines.Count);
        foreach (var line in lines)
        {
            var own = line.DialedFor is { } id ? free.FindIndex(c => c.Id == id) : -1;
            if (own >= 0 && free[own].States.Contains(line.State.ToUpperInvariant()))
            {
                Take(own, line);
            }
            else
            {
                waiting.Add(line);
            }
        }

        foreach (var line in waiting)
        {
            var index = free.FindIndex(c => c.CanTake(line.Language, line.State));
            if (index < 0)
            {
                index = free.FindIndex(c => c.States.Contains(line.State.ToUpperInvariant()));
            }

            if (index >= 0)
            {
                Take(index, line);
            }
        }

        return new PoolAssignment(free, taken);

        void Take(int index, LineOut line)
        {
            free.RemoveAt(index);
            if (line.CampaignId is { } campaign)
            {
                taken[campaign] = taken.GetValueOrDefault(campaign) + 1;
            }
        }
    }

    /// <summary>
    /// How many of the free collectors a campaign may open lines for now. Each campaign that has accounts a free
    /// collector could take is entitled to an equal share of the idle collectors (<paramref name="idle"/>, counting
    /// those its lines out hold); collectors are kept back only for the other such campaigns' shares they do not hold
    /// yet. So two campaigns on one team each get half, and a campaign alone (or beside campaigns with nothing to
    /// dial for these collectors) gets them all.
    /// </summary>
    public static int Entitled(Guid campaignId, int idle, PoolAssignment pool, IReadOnlyCollection<Guid> othersWanting)
    {
        var share = (idle + othersWanting.Count) / (othersWanting.Count + 1);
        var keptForOthers = othersWanting.Sum(o => Math.Max(0, share - pool.Taken(o)));
        var mine = Math.Max(share - pool.Taken(campaignId), pool.Free.Count - keptForOthers);
        return Math.Clamp(mine, 0, pool.Free.Count);
    }
}
