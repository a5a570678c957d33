using DebtHub.Domain.Compliance.Facts;
using DebtHub.Domain.Compliance.Location;
using DebtHub.Infrastructure.Compliance.Data;

namespace DebtHub.Infrastructure.Tests.Compliance;

public sealed class LocationDataFilesTests
{
    private static readonly LocationTables Tables = LocationDataFiles.LoadEmbedded();

    public static TheoryData<string, string[]> Zips => new()
    {
        { "10001", ["America/New_York"] },
        { "85004", ["America/Phoenix"] },
        { "86515", ["America/Denver"] },          // Window Rock, Navajo Nation: observes DST
        { "46204", ["America/Indiana/Indianapolis"] },
        { "46360", ["America/Chicago", "America/Indiana/Indianapolis"] }, // Michigan City, Indiana: Central; the package says Eastern
        { "96813", ["Pacific/Honolulu"] },
        { "99501", ["America/Anchorage"] },
        { "99546", ["America/Adak"] },            // Adak, Aleutians
        { "00901", ["America/Puerto_Rico"] },
        { "00802", ["America/St_Thomas"] },
        { "96910", ["Pacific/Guam"] },
        { "32501", ["America/Chicago"] },         // Pensacola, Florida panhandle
        { "32301", ["America/New_York"] },        // Tallahassee
        { "79901", ["America/Denver"] },          // El Paso
        { "83814", ["America/Los_Angeles"] },     // Coeur d'Alene, Idaho panhandle
        { "83702", ["America/Boise"] },
        { "97914", ["America/Boise", "America/Los_Angeles"] }, // Ontario, Oregon
        { "49938", ["America/Menominee"] },       // Ironwood, Michigan: Central time
        { "02108-1234", ["America/New_York"] },   // ZIP+4 is read by its five digits
    };

    public static TheoryData<int, string[]> AreaCodes => new()
    {
        { 212, ["America/New_York"] },
        { 208, ["America/Boise", "America/Los_Angeles"] },
        { 850, ["America/Chicago", "America/New_York"] },
        { 915, ["America/Chicago", "America/Denver"] },
        { 928, ["America/Denver", "America/Phoenix"] },
        { 602, ["America/Phoenix"] },
        { 808, ["Pacific/Honolulu"] },
        { 907, ["America/Adak", "America/Anchorage"] },
        { 787, ["America/Puerto_Rico"] },
        { 671, ["Pacific/Guam"] },
        { 906, ["America/Detroit", "America/Menominee"] },
        { 605, ["America/Chicago", "America/Denver"] },
    };

    [Theory]
    [MemberData(nameof(Zips))]
    public void A_ZIP_resolves_to_its_zones(string zip, string[] zones) =>
        Assert.Equal(zones.Order(), Tables.Catalog.IdsOf(Tables.ZonesOfZip(zip)).Order());

    [Theory]
    [MemberData(nameof(AreaCodes))]
    public void An_area_code_resolves_to_every_zone_it_covers(int areaCode, string[] zones) =>
        Assert.Equal(zones.Order(), Tables.Catalog.IdsOf(Tables.ZonesOfAreaCode(areaCode)).Order());

    [Theory]
    [InlineData(800)]
    [InlineData(416)]
    [InlineData(876)]
    public void Toll_free_and_non_US_area_codes_place_nobody(int areaCode) =>
        Assert.True(Tables.ZonesOfAreaCode(areaCode).IsEmpty);

    [Fact]
    public void An_unknown_ZIP_falls_back_to_its_state_and_a_split_state_gives_all_its_zones()
    {
        var facts = Facts(new AddressFacts("00000", "TN"));
        var location = CandidateZoneResolver.Resolve(facts, Tables);

        Assert.Equal(["America/Chicago", "America/New_York"], Tables.Catalog.IdsOf(location.Zones).Order());
    }

    [Fact]
    public void Nothing_known_means_every_US_zone()
    {
        var location = CandidateZoneResolver.Resolve(Facts(), Tables);

        Assert.True(location.Unknown);
        var ids = Tables.Catalog.IdsOf(location.Zones);
        Assert.Contains("Pacific/Guam", ids);
        Assert.Contains("America/Adak", ids);
        Assert.Contains("America/Puerto_Rico", ids);
        Assert.Contains("America/New_York", ids);
    }

    [Fact]
    public void Address_phone_and_stated_location_all_add_candidates()
    {
        var facts = Facts(new AddressFacts("10001", "NY"), stated: new StatedLocationFacts(DateTimeOffset.UnixEpoch, Zip: "96813")) with
        {
            Phones = [new PhoneFacts("+12085550100", LineType.Wireless, PhoneUse.Mobile)],
        };

        var ids = Tables.Catalog.IdsOf(CandidateZoneResolver.Resolve(facts, Tables).Zones).Order();

        Assert.Equal(["America/Boise", "America/Los_Angeles", "America/New_York", "Pacific/Honolulu"], ids);
    }

    [Fact]
    public void Arizona_stays_on_standard_time_while_the_Navajo_Nation_zone_moves()
    {
        var summer = new DateTimeOffset(2026, 7, 1, 15, 0, 0, TimeSpan.Zero);
        var phoenix = Tables.Catalog[Index("America/Phoenix")];
        var denver = Tables.Catalog[Index("America/Denver")];

        Assert.Equal(8, ZoneClock.LocalTime(summer, phoenix).Hour);
        Assert.Equal(9, ZoneClock.LocalTime(summer, denver).Hour);
    }

    [Fact]
    public void The_catalog_fits_the_gates_bit_mask()
    {
        Assert.InRange(Tables.Catalog.Count, 10, ZoneCatalog.MaxZones);
    }

    private static int Index(string id) => Tables.Catalog.TryGetIndex(id, out var index) ? index : throw new InvalidOperationException(id);

    private static ContactFacts Facts(AddressFacts? address = null, StatedLocationFacts? stated = null) => new(
        new DebtorFacts(Guid.NewGuid()),
        [new DebtFacts(Guid.NewGuid())],
        [],
        address is null ? [] : [address],
        [],
        [],
        stated,
        [],
        [],
        [],
        [],
        new CreditorFacts(Guid.NewGuid(), CollectionRegime.ThirdParty),
        null);
}
