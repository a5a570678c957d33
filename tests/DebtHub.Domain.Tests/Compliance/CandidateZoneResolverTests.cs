using DebtHub.Domain.Compliance.Facts;
using DebtHub.Domain.Compliance.Location;
using static DebtHub.Domain.Tests.Compliance.FactsBuilder;

namespace DebtHub.Domain.Tests.Compliance;

public sealed class CandidateZoneResolverTests
{
    public static TheoryData<string, string[], Jurisdiction> Cases => new()
    {
        { "NY address, NY cell", ["America/New_York"], Jurisdiction.NewYorkCity },
        { "NY address, LA cell", ["America/Los_Angeles", "America/New_York"], Jurisdiction.NewYorkCity | Jurisdiction.California },
        { "Boston address", ["America/New_York"], Jurisdiction.Massachusetts },
        { "Seattle address, Idaho cell", ["America/Boise", "America/Los_Angeles"], Jurisdiction.Washington },
        { "Unknown ZIP in Florida", ["America/Chicago", "America/New_York"], Jurisdiction.None },
        { "Long Island address", ["America/New_York"], Jurisdiction.None },
        { "Queens ZIP 11004", ["America/New_York"], Jurisdiction.NewYorkCity },
        { "Stated zone only", ["Pacific/Honolulu"], Jurisdiction.None },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Candidate_zones_and_jurisdictions_come_from_every_source(string name, string[] zones, Jurisdiction jurisdictions)
    {
        var facts = name switch
        {
            "NY address, NY cell" => new FactsBuilder().Phone(NyMobile),
            "NY address, LA cell" => new FactsBuilder().Phone("+12135550199"),
            "Boston address" => new FactsBuilder().NoAddress().Address("02108", null),
            "Seattle address, Idaho cell" => new FactsBuilder().NoAddress().Address("98101", "WA").Phone("+12085550100"),
            "Unknown ZIP in Florida" => new FactsBuilder().NoAddress().Address("33999", "FL"),
            "Long Island address" => new FactsBuilder().NoAddress().Address("11550", "NY").Phone("+15165550100"),
            "Queens ZIP 11004" => new FactsBuilder().NoAddress().Address("11004", "NY"),
            _ => new FactsBuilder().NoAddress().Stated(zone: "Pacific/Honolulu"),
        };

        var location = CandidateZoneResolver.Resolve(facts.Build(), TestLocations.Tables);

        Assert.Equal(zones, TestLocations.Tables.Catalog.IdsOf(location.Zones).Order());
        Assert.Equal(jurisdictions, location.Jurisdictions);
        Assert.False(location.Unknown);
    }

    [Theory]
    [InlineData("02108", 2108)]
    [InlineData("02108-1234", 2108)]
    [InlineData(" 10001 ", 10001)]
    [InlineData("1000", -1)]
    [InlineData("ABCDE", -1)]
    [InlineData("100011", -1)]
    public void ZIPs_are_read_by_their_five_digits(string zip, int expected) =>
        Assert.Equal(expected, LocationTables.ParseZip(zip));
}
