namespace DebtHub.Domain.Compliance.Location;

/// <summary>
/// The lookup tables that place a consumer: NANP area code → zones (and the state it serves), US ZIP ranges → zones,
/// state → zones, and the set used when nothing is known (every US zone). Built once by infrastructure from the data
/// files in infrastructure/Compliance/Data; immutable and shared by every decision.
/// </summary>
public sealed class LocationTables
{
    private readonly ZoneSet[] _areaCodeZones = new ZoneSet[1000];
    private readonly string?[] _areaCodeStates = new string?[1000];
    private readonly int[] _zipStarts;
    private readonly int[] _zipEnds;
    private readonly ZoneSet[] _zipZones;
    private readonly Dictionary<string, ZoneSet> _stateZones;

    public LocationTables(
        ZoneCatalog catalog,
        IEnumerable<AreaCodeEntry> areaCodes,
        IEnumerable<ZipRangeEntry> zipRanges,
        IEnumerable<KeyValuePair<string, ZoneSet>> stateZones)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(areaCodes);
        ArgumentNullException.ThrowIfNull(zipRanges);
        ArgumentNullException.ThrowIfNull(stateZones);
        Catalog = catalog;
        foreach (var entry in areaCodes)
        {
            if (entry.AreaCode is < 200 or > 999)
            {
                throw new ArgumentException($"Area code {entry.AreaCode} is not a NANP area code.", nameof(areaCodes));
            }

            _areaCodeZones[entry.AreaCode] = entry.Zones;
            _areaCodeStates[entry.AreaCode] = entry.State;
        }

        var ranges = zipRanges.OrderBy(r => r.First).ToArray();
        for (var i = 1; i < ranges.Length; i++)
        {
            if (ranges[i].First <= ranges[i - 1].Last)
            {
                throw new ArgumentException($"ZIP ranges overlap at {ranges[i].First:D5}.", nameof(zipRanges));
            }
        }

        _zipStarts = ranges.Select(r => r.First).ToArray();
        _zipEnds = ranges.Select(r => r.Last).ToArray();
        _zipZones = ranges.Select(r => r.Zones).ToArray();
        _stateZones = new Dictionary<string, ZoneSet>(stateZones, StringComparer.OrdinalIgnoreCase);

        var all = ZoneSet.Empty;
        foreach (var zones in _stateZones.Values)
        {
            all = all.Union(zones);
        }

        EveryUsZone = all;
    }

    public ZoneCatalog Catalog { get; }

    /// <summary>Every zone any US state or territory uses: the answer when we know nothing about where the consumer is.</summary>
    public ZoneSet EveryUsZone { get; }

    public ZoneSet ZonesOfAreaCode(int areaCode) => areaCode is >= 0 and < 1000 ? _areaCodeZones[areaCode] : ZoneSet.Empty;

    public string? StateOfAreaCode(int areaCode) => areaCode is >= 0 and < 1000 ? _areaCodeStates[areaCode] : null;

    public ZoneSet ZonesOfState(string? state) =>
        state is not null && _stateZones.TryGetValue(state, out var zones) ? zones : ZoneSet.Empty;

    /// <summary>Zones of a five-digit ZIP (ZIP+4 and blanks tolerated), or empty when the ZIP is unknown.</summary>
    public ZoneSet ZonesOfZip(string? zip)
    {
        var value = ParseZip(zip);
        if (value < 0)
        {
            return ZoneSet.Empty;
        }

        var index = Array.BinarySearch(_zipStarts, value);
        if (index < 0)
        {
            index = ~index - 1;
        }

        return index >= 0 && value <= _zipEnds[index] ? _zipZones[index] : ZoneSet.Empty;
    }

    /// <summary>The five-digit value of a ZIP, or -1.</summary>
    public static int ParseZip(string? zip)
    {
        if (zip is null)
        {
            return -1;
        }

        var span = zip.AsSpan().Trim();
        if (span.Length < 5)
        {
            return -1;
        }

        var value = 0;
        for (var i = 0; i < 5; i++)
        {
            var digit = span[i] - '0';
            if (digit is < 0 or > 9)
            {
                return -1;
            }

            value = (value * 10) + digit;
        }

        return span.Length == 5 || span[5] == '-' ? value : -1;
    }
}

/// <summary>One NANP area code: the zones its rate centers lie in (all of them, for an area code that crosses a zone line).</summary>
public sealed record AreaCodeEntry(int AreaCode, string? State, ZoneSet Zones);

/// <summary>An inclusive range of five-digit ZIPs in the same zone(s).</summary>
public sealed record ZipRangeEntry(int First, int Last, ZoneSet Zones);
