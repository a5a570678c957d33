using DebtHub.Domain.Compliance.Location;

namespace DebtHub.Domain.Compliance.Evaluation;

/// <summary>
/// A daily local window [start, end) that must hold in every candidate zone at once (the intersection), with the next
/// instant it opens and the instant it closes, DST-correct through IANA rules.
/// </summary>
internal static class DailyWindow
{
    private const int MaxSteps = 16;

    public static bool IsOpen(DateTimeOffset at, IReadOnlyList<ZoneRules> zones, TimeSpan start, TimeSpan end)
    {
        for (var i = 0; i < zones.Count; i++)
        {
            var time = ZoneClock.LocalTime(at, zones[i]).TimeOfDay;
            if (time < start || time >= end)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The earliest instant ≥ <paramref name="at"/> at which the window is open in every zone, or null when the zones
    /// share no open instant (their windows do not overlap).
    /// </summary>
    public static DateTimeOffset? NextOpen(DateTimeOffset at, IReadOnlyList<ZoneRules> zones, TimeSpan start, TimeSpan end)
    {
        var candidate = at;
        for (var step = 0; step < MaxSteps; step++)
        {
            var latest = candidate;
            var open = true;
            for (var i = 0; i < zones.Count; i++)
            {
                var local = ZoneClock.LocalTime(candidate, zones[i]);
                var time = local.TimeOfDay;
                if (time >= start && time < end)
                {
                    continue;
                }

                open = false;
                var day = time < start ? local.Date : local.Date.AddDays(1);
                var opens = ZoneClock.InstantOf(day + start, zones[i]);
                if (opens > latest)
                {
                    latest = opens;
                }
            }

            if (open)
            {
                return candidate;
            }

            candidate = latest;
        }

        return null;
    }

    /// <summary>The first instant after <paramref name="at"/> at which some zone's window closes (the window must be open at <paramref name="at"/>).</summary>
    public static DateTimeOffset Closes(DateTimeOffset at, IReadOnlyList<ZoneRules> zones, TimeSpan end)
    {
        var earliest = DateTimeOffset.MaxValue;
        for (var i = 0; i < zones.Count; i++)
        {
            var local = ZoneClock.LocalTime(at, zones[i]);
            var closes = ZoneClock.InstantOf(local.Date + end, zones[i]);
            if (closes <= at)
            {
                closes = ZoneClock.InstantOf(local.Date.AddDays(1) + end, zones[i]);
            }

            if (closes < earliest)
            {
                earliest = closes;
            }
        }

        return earliest;
    }
}
