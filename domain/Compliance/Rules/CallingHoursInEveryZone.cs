using DebtHub.Domain.Compliance.Evaluation;

namespace DebtHub.Domain.Compliance.Rules;

/// <summary>
/// 12 CFR 1006.6(b)(1)(i): "In the absence of knowledge of circumstances to the contrary, a debt collector must assume
/// that a convenient time for communicating with a consumer is after 8:00 a.m. and before 9:00 p.m. local time at the
/// consumer's location." Applies to attempts as well as communications, and to texts and emails at their send time.
/// With ambiguous location information the collector complies by calling at a time convenient in all the locations it
/// indicates (comment 6(b)(1)(i); RULES.md marks the comment number unverified): the engine intersects the window over
/// every candidate zone and stops launching calls a configurable margin before 21:00 so a queued call cannot ring late.
/// The 1006.6(b)(4) exception (the consumer's direct consent to an inconvenient time) is not applied.
/// </summary>
internal sealed class CallingHoursInEveryZone : IContactRule
{
    public string Id => "TIME-WINDOW";

    public string Citation => "12 CFR 1006.6(b)(1)(i); 15 USC 1692c(a)(1)";

    public RuleVerdict Evaluate(ContactContext context, DateTimeOffset at)
    {
        if (context.Request.Channel == ContactChannel.Letter)
        {
            return RuleVerdict.Pass;
        }

        var hours = context.RuleSet.CallingHours;
        var zones = context.CandidateZones;
        if (DailyWindow.IsOpen(at, zones, hours.EarliestOfDay, hours.LatestLaunchOfDay))
        {
            return RuleVerdict.Pass;
        }

        var next = DailyWindow.NextOpen(at, zones, hours.EarliestOfDay, hours.LatestLaunchOfDay);
        var where = zones.Count == 1 ? "the consumer's time zone" : $"every one of the consumer's {zones.Count} possible time zones";
        return next is { } opens
            ? RuleVerdict.BlockUntil(opens, $"Outside calling hours ({hours.Earliest:HH\\:mm}–{hours.Latest:HH\\:mm}) in {where}.")
            : RuleVerdict.BlockUntilPersonActs($"No time falls within calling hours in {where} at once: confirm where the consumer is.");
    }
}
