using DebtHub.Dialer.Pacing;

namespace DebtHub.Benchmarks.Dialer;

/// <summary>
/// A realistic collections floor for the per-collector claim: 50 collectors in four licence regions (each region 9
/// English speakers, 2 bilingual, 1 Spanish only) and two national English speakers. The seeded database's debtors
/// are about 90% English and 10% Spanish speaking, spread over every state.
/// </summary>
internal static class BenchTeam
{
    private static readonly string[][] Regions =
    [
        ["NY", "NJ", "CT", "MA", "PA", "RI", "VT", "NH", "ME", "DE", "MD", "DC"],
        ["FL", "GA", "NC", "SC", "VA", "WV", "AL", "MS", "TN", "KY", "LA", "AR"],
        ["IL", "OH", "MI", "IN", "WI", "MN", "IA", "MO", "KS", "NE", "ND", "SD", "OK"],
        ["CA", "WA", "OR", "NV", "AZ", "UT", "CO", "NM", "ID", "MT", "WY", "AK", "HI", "TX"],
    ];

    public static IReadOnlyList<IdleCollector> Collectors()
    {
        var team = new List<IdleCollector>();
        for (var i = 0; i < 12; i++)
        {
            // Interleaved by region, as idle times would mix them.
            foreach (var region in Regions)
            {
                string[] languages = i switch { 10 => ["en", "es"], 11 => ["es"], _ => ["en"] };
                team.Add(new IdleCollector(Guid.NewGuid(), languages, region));
            }
        }

        var everywhere = Regions.SelectMany(r => r).ToArray();
        team.Add(new IdleCollector(Guid.NewGuid(), ["en"], everywhere));
        team.Add(new IdleCollector(Guid.NewGuid(), ["en"], everywhere));
        return team;
    }

    /// <summary>The collector the most accounts match (national, English) and one the fewest match (a region, Spanish only).</summary>
    public static IReadOnlyList<IdleCollector> Extremes(IReadOnlyList<IdleCollector> team) =>
        [team.MaxBy(c => c.States.Count * (c.Languages.Contains("en") ? 9 : 1))!, team.Last(c => c.Languages is ["es"])];
}
