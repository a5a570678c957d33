using DebtHub.Domain.Common;
using DebtHub.Domain.Compliance;

namespace DebtHub.Domain.Campaigns;

/// <summary>
/// The campaign's own calling window in the debtor's local time, on the given days. It may only narrow what the law
/// allows (08:00–21:00 local, 12 CFR 1006.6(b)(1)(i)); the compliance gate still applies the law and every state overlay.
/// </summary>
public sealed record CallingHours(TimeOnly Start, TimeOnly End, IReadOnlyList<DayOfWeek> Days)
{
    public static readonly TimeOnly EarliestLawful = new(8, 0);
    public static readonly TimeOnly LatestLawful = new(21, 0);

    public static CallingHours Lawful { get; } = new(EarliestLawful, LatestLawful, Enum.GetValues<DayOfWeek>());

    public static CallingHours Of(TimeOnly start, TimeOnly end, IReadOnlyList<DayOfWeek>? days)
    {
        if (start < EarliestLawful || end > LatestLawful)
        {
            throw new DomainException(
                "HOURS_WIDER_THAN_LAW",
                $"Calling hours {start:HH\\:mm}–{end:HH\\:mm} reach outside 08:00–21:00 local time, the hours the law allows (12 CFR 1006.6(b)(1)(i)).");
        }

        if (start >= end)
        {
            throw new DomainException("INVALID_HOURS", "Calling hours must start before they end.");
        }

        var set = (days is { Count: > 0 } ? days : Enum.GetValues<DayOfWeek>()).Distinct().Order().ToList();
        return new CallingHours(start, end, set);
    }

    public bool IsOpenAt(DateTime local) =>
        Days.Contains(local.DayOfWeek) && TimeOnly.FromDateTime(local) >= Start && TimeOnly.FromDateTime(local) < End;

    /// <summary>The first local time at or after <paramref name="local"/> inside the window (within the coming week).</summary>
    public DateTime NextOpening(DateTime local)
    {
        if (IsOpenAt(local))
        {
            return local;
        }

        for (var day = 0; day <= 7; day++)
        {
            var date = local.Date.AddDays(day);
            var opening = date + Start.ToTimeSpan();
            if (Days.Contains(date.DayOfWeek) && (opening >= local || (day == 0 && TimeOnly.FromDateTime(local) < End && TimeOnly.FromDateTime(local) >= Start)))
            {
                return opening >= local ? opening : local;
            }
        }

        return local.Date.AddDays(8) + Start.ToTimeSpan();
    }

    /// <summary>
    /// When the window is closed in any of the debtor's candidate zones (the zones the compliance gate used), the instant
    /// it is open in all of them as far as can be told (the latest reopening); null while it is open everywhere.
    /// </summary>
    public DateTimeOffset? ClosedUntil(IReadOnlyList<ZoneLocalTime> zones, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(zones);
        DateTimeOffset? reopen = null;
        foreach (var zone in zones)
        {
            if (!IsOpenAt(zone.LocalTime))
            {
                var at = now + (NextOpening(zone.LocalTime) - zone.LocalTime);
                reopen = reopen is null || at > reopen ? at : reopen;
            }
        }

        return reopen;
    }
}
