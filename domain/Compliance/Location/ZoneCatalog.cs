using System.Collections.Concurrent;

namespace DebtHub.Domain.Compliance.Location;

/// <summary>
/// The IANA zones the engine knows, numbered so that a <see cref="ZoneSet"/> can name them by bit. The caller supplies
/// the <see cref="TimeZoneInfo"/> objects (read from the system's IANA database by infrastructure), so the domain never
/// touches the file system.
/// </summary>
public sealed class ZoneCatalog
{
    public const int MaxZones = 64;

    private readonly ZoneRules[] _zones;
    private readonly Dictionary<string, int> _indexById;
    private readonly ConcurrentDictionary<ulong, ZoneRules[]> _arrays = new();

    public ZoneCatalog(IEnumerable<TimeZoneInfo> zones)
    {
        ArgumentNullException.ThrowIfNull(zones);
        _zones = zones.Select(z => new ZoneRules(z)).ToArray();
        if (_zones.Length > MaxZones)
        {
            throw new ArgumentException($"A zone catalog holds at most {MaxZones} zones; got {_zones.Length}.", nameof(zones));
        }

        _indexById = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < _zones.Length; i++)
        {
            if (!_indexById.TryAdd(_zones[i].Id, i))
            {
                throw new ArgumentException($"Zone {_zones[i].Id} appears twice in the catalog.", nameof(zones));
            }
        }
    }

    public int Count => _zones.Length;

    public ZoneRules this[int index] => _zones[index];

    public bool TryGetIndex(string zoneId, out int index) => _indexById.TryGetValue(zoneId, out index);

    /// <summary>The set holding the named zones; throws for a zone the catalog lacks (a data error, not a user error).</summary>
    public ZoneSet SetOf(params string[] zoneIds)
    {
        var set = ZoneSet.Empty;
        foreach (var id in zoneIds)
        {
            if (!_indexById.TryGetValue(id, out var index))
            {
                throw new ArgumentException($"Zone {id} is not in the catalog.", nameof(zoneIds));
            }

            set = set.Union(ZoneSet.Of(index));
        }

        return set;
    }

    /// <summary>The zones of a set, as an array cached per set (so the gate allocates nothing for zones it has seen).</summary>
    public IReadOnlyList<ZoneRules> ZonesOf(ZoneSet set)
    {
        if (_arrays.TryGetValue(set.Mask, out var cached))
        {
            return cached;
        }

        var zones = new ZoneRules[set.Count];
        var next = 0;
        for (var i = 0; i < _zones.Length; i++)
        {
            if (set.Contains(i))
            {
                zones[next++] = _zones[i];
            }
        }

        return _arrays.GetOrAdd(set.Mask, zones);
    }

    public IReadOnlyList<string> IdsOf(ZoneSet set)
    {
        var ids = new List<string>(set.Count);
        for (var i = 0; i < _zones.Length; i++)
        {
            if (set.Contains(i))
            {
                ids.Add(_zones[i].Id);
            }
        }

        return ids;
    }
}
