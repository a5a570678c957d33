namespace DebtHub.Domain.Compliance.Evaluation;

/// <summary>Arithmetic for "at most N events in a trailing window".</summary>
internal static class RollingWindow
{
    /// <summary>Whether an event at <paramref name="eventAt"/> lies in the window that ends (exclusively) at <paramref name="at"/>.</summary>
    public static bool Holds(DateTimeOffset eventAt, DateTimeOffset at, TimeSpan window)
    {
        // Compared in UTC ticks: no DateTimeOffset arithmetic in the hot loop.
        var eventTicks = eventAt.UtcTicks;
        var atTicks = at.UtcTicks;
        return eventTicks < atTicks && eventTicks > atTicks - window.Ticks;
    }

    /// <summary>
    /// Given the UTC ticks of the events counted in the window, the instant the count falls below <paramref name="max"/>:
    /// the moment the (count − max + 1)-th oldest event rolls off. Null when the count is already below the limit.
    /// </summary>
    public static DateTimeOffset? FreeFrom(Span<long> ticks, int max, TimeSpan window)
    {
        if (ticks.Length < max)
        {
            return null;
        }

        ticks.Sort();
        return new DateTimeOffset(ticks[ticks.Length - max] + window.Ticks, TimeSpan.Zero);
    }
}
