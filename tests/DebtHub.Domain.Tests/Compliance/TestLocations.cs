using DebtHub.Domain.Compliance.Location;

namespace DebtHub.Domain.Tests.Compliance;

/// <summary>
/// A small set of real location facts for domain tests (the full generated tables are tested in the infrastructure
/// tests). Zones come from the system's IANA database, so DST follows the real rules.
/// </summary>
internal static class TestLocations
{
    private static readonly string[] ZoneIds =
    [
        "America/New_York", "America/Chicago", "America/Denver", "America/Phoenix", "America/Los_Angeles", "America/Boise",
        "America/Anchorage", "America/Adak", "Pacific/Honolulu", "America/Puerto_Rico", "Pacific/Guam",
        "America/Indiana/Indianapolis", "America/Indiana/Knox",
    ];

    public static LocationTables Tables { get; } = Build();

    private static LocationTables Build()
    {
        var catalog = new ZoneCatalog(ZoneIds.Select(TimeZoneInfo.FindSystemTimeZoneById));
        AreaCodeEntry Area(int npa, string state, params string[] zones) => new(npa, state, catalog.SetOf(zones));
        ZipRangeEntry Zip(int first, int last, params string[] zones) => new(first, last, catalog.SetOf(zones));
        return new LocationTables(
            catalog,
            [
                Area(212, "NY", "America/New_York"), Area(917, "NY", "America/New_York"), Area(516, "NY", "America/New_York"),
                Area(617, "MA", "America/New_York"), Area(206, "WA", "America/Los_Angeles"), Area(213, "CA", "America/Los_Angeles"),
                Area(312, "IL", "America/Chicago"), Area(303, "CO", "America/Denver"), Area(602, "AZ", "America/Phoenix"),
                Area(928, "AZ", "America/Phoenix", "America/Denver"), Area(208, "ID", "America/Boise", "America/Los_Angeles"),
                Area(850, "FL", "America/New_York", "America/Chicago"), Area(305, "FL", "America/New_York"),
                Area(808, "HI", "Pacific/Honolulu"), Area(907, "AK", "America/Anchorage", "America/Adak"),
                Area(787, "PR", "America/Puerto_Rico"), Area(671, "GU", "Pacific/Guam"),
                Area(317, "IN", "America/Indiana/Indianapolis"), Area(574, "IN", "America/Indiana/Indianapolis", "America/Chicago"),
                Area(404, "GA", "America/New_York"),
            ],
            [
                Zip(10001, 10099, "America/New_York"), Zip(11501, 11599, "America/New_York"), Zip(2108, 2199, "America/New_York"),
                Zip(98101, 98199, "America/Los_Angeles"), Zip(90001, 90099, "America/Los_Angeles"), Zip(60601, 60699, "America/Chicago"),
                Zip(85001, 85099, "America/Phoenix"), Zip(86515, 86515, "America/Denver"), Zip(83701, 83799, "America/Boise"),
                Zip(83814, 83816, "America/Los_Angeles"), Zip(32501, 32599, "America/Chicago"), Zip(96801, 96899, "Pacific/Honolulu"),
                Zip(99501, 99599, "America/Anchorage"), Zip(601, 988, "America/Puerto_Rico"), Zip(96910, 96932, "Pacific/Guam"),
                Zip(46201, 46299, "America/Indiana/Indianapolis"), Zip(46531, 46534, "America/Indiana/Knox"), Zip(30301, 30399, "America/New_York"),
            ],
            new Dictionary<string, ZoneSet>
            {
                ["NY"] = catalog.SetOf("America/New_York"),
                ["MA"] = catalog.SetOf("America/New_York"),
                ["GA"] = catalog.SetOf("America/New_York"),
                ["WA"] = catalog.SetOf("America/Los_Angeles"),
                ["CA"] = catalog.SetOf("America/Los_Angeles"),
                ["IL"] = catalog.SetOf("America/Chicago"),
                ["FL"] = catalog.SetOf("America/New_York", "America/Chicago"),
                ["AZ"] = catalog.SetOf("America/Phoenix", "America/Denver"),
                ["ID"] = catalog.SetOf("America/Boise", "America/Los_Angeles"),
                ["IN"] = catalog.SetOf("America/Indiana/Indianapolis", "America/Indiana/Knox", "America/Chicago"),
                ["HI"] = catalog.SetOf("Pacific/Honolulu"),
                ["AK"] = catalog.SetOf("America/Anchorage", "America/Adak"),
                ["PR"] = catalog.SetOf("America/Puerto_Rico"),
                ["GU"] = catalog.SetOf("Pacific/Guam"),
                ["CO"] = catalog.SetOf("America/Denver"),
            });
    }
}
