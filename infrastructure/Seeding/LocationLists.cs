using System.Reflection;

namespace DebtHub.Infrastructure.Seeding;

/// <summary>
/// Area codes and IANA zones per state, read from the compliance location tables (area-codes.csv, state-zones.csv)
/// so generated phones ring in the debtor's state and stated windows use a zone the gate knows.
/// </summary>
internal sealed class LocationLists
{
    private LocationLists(Dictionary<string, int[]> areaCodes, Dictionary<string, string[]> zones)
    {
        AreaCodes = areaCodes;
        Zones = zones;
    }

    public IReadOnlyDictionary<string, int[]> AreaCodes { get; }

    public IReadOnlyDictionary<string, string[]> Zones { get; }

    public static LocationLists LoadEmbedded()
    {
        var areaCodes = Rows("area-codes.csv")
            .Where(r => r.Length == 3 && r[1].Length == 2)
            .GroupBy(r => r[1], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(r => int.Parse(r[0], System.Globalization.CultureInfo.InvariantCulture)).Order().ToArray(), StringComparer.Ordinal);
        var zones = Rows("state-zones.csv")
            .Where(r => r.Length == 2)
            .ToDictionary(r => r[0], r => r[1].Split(' ', StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);
        return new LocationLists(areaCodes, zones);
    }

    private static IEnumerable<string[]> Rows(string file)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("DebtHub.Infrastructure.Compliance.Data." + file)
            ?? throw new InvalidOperationException($"Embedded resource {file} is missing.");
        using var reader = new StreamReader(stream);
        var rows = new List<string[]>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
            {
                rows.Add(line.Split(','));
            }
        }

        return rows;
    }
}
