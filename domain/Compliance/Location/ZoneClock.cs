namespace DebtHub.Domain.Compliance.Location;

/// <summary>Local time arithmetic with IANA rules, DST gaps and overlaps resolved the conservative way.</summary>
public static class ZoneClock
{
    public static DateTime LocalTime(DateTimeOffset instant, TimeZoneInfo zone) => TimeZoneInfo.ConvertTime(instant, zone).DateTime;

    /// <summary>
    /// The instant a local wall-clock time occurs. A time that falls in a spring-forward gap maps to the instant the gap
    /// ends clock-wise (it never happens, so the first real instant after it); an ambiguous fall-back time maps to its
    /// later occurrence, so an "allowed from" never comes early.
    /// </summary>
    public static DateTimeOffset InstantOf(DateTime local, TimeZoneInfo zone)
    {
        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        TimeSpan offset;
        if (zone.IsInvalidTime(local))
        {
            // Read with the offset before the gap: lands just after the jump, e.g. 02:30 EST = 03:30 EDT.
            offset = zone.GetUtcOffset(local.AddHours(-3));
        }
        else if (zone.IsAmbiguousTime(local))
        {
            var offsets = zone.GetAmbiguousTimeOffsets(local);
            offset = offsets[0] < offsets[1] ? offsets[0] : offsets[1];
        }
        else
        {
            offset = zone.GetUtcOffset(local);
        }

        return new DateTimeOffset(local.Ticks - offset.Ticks, TimeSpan.Zero);
    }

    /// <summary>The instant local midnight starts the given local date in the zone.</summary>
    public static DateTimeOffset StartOfDay(DateTime localDate, TimeZoneInfo zone) => InstantOf(localDate.Date, zone);
}
