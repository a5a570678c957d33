namespace DebtHub.Domain.Compliance.Location;

/// <summary>
/// One IANA zone with its UTC-offset transitions precomputed (from the <see cref="TimeZoneInfo"/> the caller supplies)
/// for the years the engine works in, so that a local time costs a binary search instead of a walk through
/// <see cref="TimeZoneInfo"/> adjustment rules. Instants outside the precomputed years fall back to
/// <see cref="TimeZoneInfo"/>, with the same results.
/// </summary>
public sealed class ZoneRules
{
    private const int FirstYear = 2000;
    private const int EndYear = 2061;

    private readonly long[] _starts;
    private readonly long[] _offsets;
    private readonly long _coveredFrom;
    private readonly long _coveredTo;

    public ZoneRules(TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        Zone = zone;
        _coveredFrom = new DateTime(FirstYear, 1, 1, 0, 0, 0, DateTimeKind.Utc).Ticks;
        _coveredTo = new DateTime(EndYear, 1, 1, 0, 0, 0, DateTimeKind.Utc).Ticks;
        var starts = new List<long> { _coveredFrom };
        var offsets = new List<long> { Offset(_coveredFrom) };
        for (var day = _coveredFrom + TimeSpan.TicksPerDay; day <= _coveredTo; day += TimeSpan.TicksPerDay)
        {
            var offset = Offset(day);
            if (offset == offsets[^1])
            {
                continue;
            }

            // The offset changed within the last day: find the second it did.
            long low = (day - TimeSpan.TicksPerDay) / TimeSpan.TicksPerSecond, high = day / TimeSpan.TicksPerSecond;
            while (high - low > 1)
            {
                var middle = (low + high) / 2;
                if (Offset(middle * TimeSpan.TicksPerSecond) == offsets[^1])
                {
                    low = middle;
                }
                else
                {
                    high = middle;
                }
            }

            starts.Add(high * TimeSpan.TicksPerSecond);
            offsets.Add(offset);
        }

        _starts = [.. starts];
        _offsets = [.. offsets];
    }

    public string Id => Zone.Id;

    public TimeZoneInfo Zone { get; }

    /// <summary>The UTC offset in force at a UTC instant (in ticks).</summary>
    public long OffsetTicksAt(long utcTicks)
    {
        if (utcTicks < _coveredFrom || utcTicks >= _coveredTo)
        {
            return Offset(utcTicks);
        }

        var index = Array.BinarySearch(_starts, utcTicks);
        return _offsets[index >= 0 ? index : ~index - 1];
    }

    public DateTime LocalTime(DateTimeOffset instant)
    {
        var utc = instant.UtcTicks;
        return new DateTime(utc + OffsetTicksAt(utc), DateTimeKind.Unspecified);
    }

    /// <summary>
    /// The instant a local wall-clock time occurs. A time in a spring-forward gap maps to the instant reached by reading
    /// it with the offset before the gap (just after the jump, e.g. 02:30 EST = 03:30 EDT); an ambiguous fall-back time
    /// maps to its later occurrence, so an "allowed from" never comes early.
    /// </summary>
    public DateTimeOffset InstantOf(DateTime local)
    {
        var ticks = local.Ticks;
        var before = OffsetTicksAt(ticks - (36 * TimeSpan.TicksPerHour));
        var after = OffsetTicksAt(ticks + (36 * TimeSpan.TicksPerHour));
        var fromBefore = ticks - before;
        var fromAfter = ticks - after;
        var beforeValid = OffsetTicksAt(fromBefore) == before;
        var afterValid = OffsetTicksAt(fromAfter) == after;
        long utc;
        if (beforeValid && afterValid)
        {
            utc = Math.Max(fromBefore, fromAfter);
        }
        else if (beforeValid || afterValid)
        {
            utc = beforeValid ? fromBefore : fromAfter;
        }
        else
        {
            utc = fromBefore;
        }

        return new DateTimeOffset(utc, TimeSpan.Zero);
    }

    private long Offset(long utcTicks) => Zone.GetUtcOffset(new DateTime(utcTicks, DateTimeKind.Utc)).Ticks;
}
