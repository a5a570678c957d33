using System.Numerics;

namespace DebtHub.Domain.Compliance.Location;

/// <summary>
/// A set of time zones from one <see cref="ZoneCatalog"/>, as a bit mask: unions and membership cost nothing and
/// allocate nothing, which keeps zone resolution out of the gate's allocation budget.
/// </summary>
public readonly record struct ZoneSet(ulong Mask)
{
    public static ZoneSet Empty => default;

    public bool IsEmpty => Mask == 0;

    public int Count => BitOperations.PopCount(Mask);

    public static ZoneSet Of(int index) => new(1UL << index);

    public bool Contains(int index) => (Mask & (1UL << index)) != 0;

    public ZoneSet Union(ZoneSet other) => new(Mask | other.Mask);
}
