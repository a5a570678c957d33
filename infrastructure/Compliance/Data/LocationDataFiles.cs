using System.Globalization;
using DebtHub.Domain.Compliance.Location;

namespace DebtHub.Infrastructure.Compliance.Data;

/// <summary>
/// Loads the location tables (zip-zones.csv, area-codes.csv, state-zones.csv; see SOURCES.md) from the assembly's
/// embedded resources, and the IANA zones they name from the system's tz database. A zone the system lacks fails
/// start-up with its name, rather than silently widening calling hours.
/// </summary>
public static class LocationDataFiles
{
    private const string Prefix = "DebtHub.Infrastructure.Compliance.Data.";

    public static LocationTables LoadEmbedded() => Load(
        ReadResource("zip-zones.csv"),
        ReadResource("area-codes.csv"),
        ReadResource("state-zones.csv"));

    public static LocationTables Load(string zipCsv, string areaCodeCsv, string stateCsv)
    {
        var zipRows = Rows(zipCsv, 3, "zip-zones.csv");
        var areaRows = Rows(areaCodeCsv, 3, "area-codes.csv");
        var stateRows = Rows(stateCsv, 2, "state-zones.csv");

        var zoneIds = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var row in zipRows)
        {
            zoneIds.UnionWith(Zones(row[2]));
        }

        foreach (var row in areaRows)
        {
            zoneIds.UnionWith(Zones(row[2]));
        }

        foreach (var row in stateRows)
        {
            zoneIds.UnionWith(Zones(row[1]));
        }

        var catalog = new ZoneCatalog(zoneIds.Select(FindZone));
        return new LocationTables(
            catalog,
            areaRows.Select(r => new AreaCodeEntry(int.Parse(r[0], CultureInfo.InvariantCulture), r[1].Length == 0 ? null : r[1], catalog.SetOf(Zones(r[2])))),
            zipRows.Select(r => new ZipRangeEntry(int.Parse(r[0], CultureInfo.InvariantCulture), int.Parse(r[1], CultureInfo.InvariantCulture), catalog.SetOf(Zones(r[2])))),
            stateRows.Select(r => KeyValuePair.Create(r[0], catalog.SetOf(Zones(r[1])))));
    }

    private static TimeZoneInfo FindZone(string id)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (TimeZoneNotFoundException e)
        {
            throw new InvalidOperationException($"The system time-zone database lacks IANA zone {id}, which the compliance location tables use; install tzdata.", e);
        }
    }

    private static string[] Zones(string field) => field.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private static List<string[]> Rows(string csv, int fields, string name)
    {
        var rows = new List<string[]>();
        var lineNumber = 0;
        foreach (var raw in csv.Split('\n'))
        {
            lineNumber++;
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var parts = line.Split(',');
            if (parts.Length != fields)
            {
                throw new FormatException($"{name} line {lineNumber}: expected {fields} fields, got {parts.Length}.");
            }

            rows.Add(parts);
        }

        return rows;
    }

    private static string ReadResource(string file)
    {
        using var stream = typeof(LocationDataFiles).Assembly.GetManifestResourceStream(Prefix + file)
            ?? throw new InvalidOperationException($"Embedded resource {Prefix + file} is missing from the build.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
