using DebtHub.Domain.Compliance.Location;

namespace DebtHub.Domain.Tests.Compliance;

public sealed class ZoneRulesTests
{
    public static TheoryData<string> ZoneIds => new()
    {
        "America/New_York", "America/Chicago", "America/Denver", "America/Phoenix", "America/Los_Angeles", "America/Anchorage",
        "America/Adak", "Pacific/Honolulu", "America/Puerto_Rico", "Pacific/Guam", "America/Indiana/Knox",
    };

    [Theory]
    [MemberData(nameof(ZoneIds))]
    public void Precomputed_local_times_match_the_IANA_rules_every_quarter_hour_of_2026_and_2040(string zoneId)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(zoneId);
        var rules = new ZoneRules(zone);
        foreach (var year in new[] { 2026, 2040 })
        {
            for (var at = new DateTimeOffset(year, 1, 1, 0, 0, 0, TimeSpan.Zero); at.Year == year; at = at.AddMinutes(15))
            {
                Assert.Equal(TimeZoneInfo.ConvertTime(at, zone).DateTime, rules.LocalTime(at));
            }
        }
    }

    [Theory]
    [InlineData("2026-03-08 02:30", "2026-03-08 07:30")] // in the spring-forward gap: read with EST, i.e. 03:30 EDT
    [InlineData("2026-11-01 01:30", "2026-11-01 06:30")] // ambiguous: the later (EST) occurrence
    [InlineData("2026-07-04 08:00", "2026-07-04 12:00")]
    [InlineData("2026-12-25 08:00", "2026-12-25 13:00")]
    public void Local_times_map_to_instants_conservatively_across_DST(string local, string utc)
    {
        var rules = new ZoneRules(TimeZoneInfo.FindSystemTimeZoneById("America/New_York"));

        Assert.Equal(FactsBuilder.Utc(utc), rules.InstantOf(FactsBuilder.Utc(local).DateTime));
    }

    [Fact]
    public void Instants_outside_the_precomputed_years_still_follow_the_IANA_rules()
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
        var at = new DateTimeOffset(2075, 7, 1, 12, 0, 0, TimeSpan.Zero);

        Assert.Equal(TimeZoneInfo.ConvertTime(at, zone).DateTime, new ZoneRules(zone).LocalTime(at));
    }
}
