namespace DebtHub.Domain.Compliance.Location;

/// <summary>Local time arithmetic with IANA rules, DST gaps and overlaps resolved the conservative way (see <see cref="ZoneRules"/>).</summary>
public static class ZoneClock
{
    public static DateTime LocalTime(DateTimeOffset instant, ZoneRules zone) => zone.LocalTime(instant);

    public static DateTimeOffset InstantOf(DateTime local, ZoneRules zone) => zone.InstantOf(local);

    /// <summary>The instant local midnight starts the given local date in the zone.</summary>
    public static DateTimeOffset StartOfDay(DateTime localDate, ZoneRules zone) => zone.InstantOf(localDate.Date);
}
