using DebtHub.Domain.Compliance.Evaluation;
using DebtHub.Domain.Compliance.Facts;
using DebtHub.Domain.Compliance.Location;

namespace DebtHub.Domain.Compliance.Rules;

/// <summary>
/// 12 CFR 1006.6(b)(1)(i): a debt collector must not communicate or attempt to communicate "at any unusual time, or at
/// any time or place that the debt collector knows or should know is inconvenient to the consumer"; comment 6(b)(1)-1:
/// the consumer need not use the word "inconvenient" ("don't call me before noon", "I work nights"). A window without a
/// zone is applied in every candidate zone (conservative). The consumer-initiated reply-once exception
/// (comment 6(b)(1)-2) is not applied.
/// </summary>
internal sealed class ConsumerInconvenientTimes : IContactRule
{
    public string Id => "TIME-CONSUMER-INCONVENIENT";

    public string Citation => "12 CFR 1006.6(b)(1); comment 6(b)(1)-1";

    public RuleVerdict Evaluate(ContactContext context, DateTimeOffset at)
    {
        var request = context.Request;
        var windows = context.Facts.InconvenientWindows;
        if (request.Channel == ContactChannel.Letter || windows.Count == 0)
        {
            return RuleVerdict.Pass;
        }

        DateTimeOffset? until = null;
        for (var i = 0; i < windows.Count; i++)
        {
            var window = windows[i];
            if (window.Destination is not null && !string.Equals(window.Destination, request.Destination, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (window.TimeZoneId is not null && context.Tables.Catalog.TryGetIndex(window.TimeZoneId, out var index))
            {
                until = Later(until, EndIfInside(window, at, context.Tables.Catalog[index]));
                continue;
            }

            var zones = context.CandidateZones;
            for (var z = 0; z < zones.Count; z++)
            {
                until = Later(until, EndIfInside(window, at, zones[z]));
            }
        }

        return until is { } end
            ? RuleVerdict.BlockUntil(end, "The consumer said this time is inconvenient for them.")
            : RuleVerdict.Pass;
    }

    /// <summary>When the window containing the instant ends in the zone, or null when the instant is outside it.</summary>
    private static DateTimeOffset? EndIfInside(InconvenientWindowFacts window, DateTimeOffset at, ZoneRules zone)
    {
        var local = ZoneClock.LocalTime(at, zone);
        var time = TimeOnly.FromTimeSpan(local.TimeOfDay);
        var start = window.Start;
        var end = window.End;
        if (start < end)
        {
            return time >= start && time < end && HasDay(window, local.DayOfWeek)
                ? ZoneClock.InstantOf(local.Date + end.ToTimeSpan(), zone)
                : null;
        }

        // Across midnight: the window belongs to the day it starts on.
        if (time >= start && HasDay(window, local.DayOfWeek))
        {
            return ZoneClock.InstantOf(local.Date.AddDays(1) + end.ToTimeSpan(), zone);
        }

        if (time < end && HasDay(window, local.AddDays(-1).DayOfWeek))
        {
            return ZoneClock.InstantOf(local.Date + end.ToTimeSpan(), zone);
        }

        return null;
    }

    private static bool HasDay(InconvenientWindowFacts window, DayOfWeek day)
    {
        for (var i = 0; i < window.Days.Count; i++)
        {
            if (window.Days[i] == day)
            {
                return true;
            }
        }

        return false;
    }

    private static DateTimeOffset? Later(DateTimeOffset? a, DateTimeOffset? b) => a is null ? b : b is null ? a : (a > b ? a : b);
}
