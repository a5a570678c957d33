using DebtHub.Dialer.Pacing;

namespace DebtHub.Dialer.Tests.Campaigns;

/// <summary>The shared pool's arithmetic: lines out take the collectors routing would give them; the rest is shared fairly.</summary>
public sealed class CollectorPoolTests
{
    private static readonly Guid First = Guid.NewGuid(), Second = Guid.NewGuid();

    private static IdleCollector Collector(string[] languages, params string[] states) => new(Guid.NewGuid(), languages, states);

    [Fact]
    public void Another_campaigns_calls_in_flight_take_collectors_from_this_campaigns_pool()
    {
        IdleCollector[] team = [Collector(["en"], "NY"), Collector(["en"], "NY"), Collector(["en"], "NY")];
        var pool = CollectorPool.Assign(team, [new LineOut(Second, "NY", "en", team[1].Id), new LineOut(Second, "NY", "en", null)]);

        // The line dialed for the second collector takes them; the other takes the longest idle who can take it.
        Assert.Equal([team[2].Id], pool.Free.Select(c => c.Id));
        Assert.Equal((0, 2), (pool.Taken(First), pool.Taken(Second)));
    }

    [Fact]
    public void A_line_takes_the_collector_routing_gives_it_a_speaker_first_else_anyone_licensed_and_nobody_elsewhere()
    {
        IdleCollector[] team = [Collector(["en"], "NY"), Collector(["es"], "NY"), Collector(["en"], "CA")];
        var pool = CollectorPool.Assign(team, [new LineOut(First, "NY", "es", null), new LineOut(First, "NY", "es", null), new LineOut(First, "TX", "en", null)]);

        Assert.Equal([team[2].Id], pool.Free.Select(c => c.Id));
        Assert.Equal(2, pool.Taken(First));
    }

    [Fact]
    public void Two_campaigns_wanting_the_same_collectors_get_half_each_and_one_alone_gets_them_all()
    {
        IdleCollector[] team = [.. Enumerable.Range(0, 5).Select(_ => Collector(["en"], "NY"))];
        var empty = CollectorPool.Assign(team, []);
        Assert.Equal(5, CollectorPool.Entitled(First, 5, empty, []));
        Assert.Equal(3, CollectorPool.Entitled(First, 5, empty, [Second]));

        // The first took its three: the second may have the remaining two, and the first nothing more.
        var afterFirst = CollectorPool.Assign(team, [.. team.Take(3).Select(c => new LineOut(First, "NY", "en", c.Id))]);
        Assert.Equal(2, CollectorPool.Entitled(Second, 5, afterFirst, [First]));
        Assert.Equal(0, CollectorPool.Entitled(First, 5, afterFirst, [Second]));

        // A campaign over its share does not hold back collectors the other has no use for.
        var onlySecondHolds = CollectorPool.Assign(team, [.. team.Take(4).Select(c => new LineOut(Second, "NY", "en", c.Id))]);
        Assert.Equal(1, CollectorPool.Entitled(First, 5, onlySecondHolds, [Second]));
    }
}
