using System.Globalization;
using DebtHub.Domain.Compliance.Configuration;

namespace DebtHub.Api.Schema.Compliance;

/// <summary>
/// What each rule of the registry enforces, in a sentence a collector or supervisor reads, with the numbers of the rule
/// set in force. Keyed by rule id; a test checks that every rule of the registry has one.
/// </summary>
internal static class RuleDescriptions
{
    public static string? Describe(string ruleId, RuleSet rules)
    {
        var f = rules.RegulationF;
        var hours = rules.CallingHours;
        var policy = rules.DefaultPolicy;
        return ruleId switch
        {
            "HOLD" => "An account that is closed, recalled or paid in full is not worked, and a hold stops all contact about it until a person lifts it.",
            "DECEASED" => "Once the consumer is reported deceased, only the estate's representative may be contacted.",
            "BANKRUPTCY" => "A bankruptcy notice stops collection contact while the automatic stay stands.",
            "CEASE" => "After a written request to stop, no further contact about the debt except the termination or remedy notices, by letter.",
            "ATTY-REP" => "When the consumer is represented by a known attorney on the debt, contact goes to the attorney, not the consumer.",
            "DISPUTE" => "A timely written dispute stops collection until verification is sent.",
            "VALIDATION" => $"Collection calls, texts and emails stop when the validation notice was not sent within {f.ValidationNoticeDeadlineDays} days of the first communication.",
            "DESTINATION-ON-FILE" => "Calls and texts go only to numbers on file, whose line type, consents and area code the other rules need.",
            "MEDIUM-OPTOUT" => "A channel or number the consumer asked us not to use is not used.",
            "PLACE-EMPLOYMENT" => "No calls to a workplace where the employer prohibits them or the consumer asked not to be called at work; no employer email.",
            "TCPA-WIRELESS-CONSENT" => "Autodialed, prerecorded calls and automated texts to wireless numbers need prior express consent on file.",
            "TIME-WINDOW" => $"Calls and texts only between {Time(hours.Earliest)} and {Time(hours.Latest)} local time in every time zone the consumer may be in (the last launch {hours.LastLaunchMargin.TotalMinutes:0} minutes before the end).",
            "TIME-CONSUMER-INCONVENIENT" => "No contact at times the consumer said are inconvenient.",
            "FREQ-7IN7" => $"At most {f.MaxCallsPerDebt} calls about a debt in {f.CallWindow.TotalHours:0} hours (rolling); unconnected calls and calls under direct consent do not count.",
            "FREQ-CONV-BAR" => $"No call about a debt for {f.ConversationBarDays} days after a telephone conversation about it, the conversation's date being day 1.",
            "TCPA-PRERECORD-RESIDENTIAL" => $"At most {rules.Tcpa.MaxPrerecordedToResidentialWithoutConsent} prerecorded calls to a residential line in {rules.Tcpa.PrerecordedWindow.TotalDays:0} days without consent.",
            "MA-CALLS" => $"Massachusetts: at most {rules.Massachusetts.MaxPerWeekHomeOrCell} calls or texts a week about a debt to home or cell numbers, {rules.Massachusetts.MaxPerMonthOtherNumbers} in {rules.Massachusetts.Month.TotalDays:0} days to other numbers.",
            "WA-CALLS" => $"Washington: at most {rules.Washington.MaxPerWeek} contacts a week, {rules.Washington.MaxPerWeekAtWork} at work, and home calls between {Time(rules.Washington.EarliestAtHome)} and {Time(rules.Washington.LatestAtHome)}.",
            "NYC-SHIELD" => $"New York City: at most {rules.NewYorkCity.MaxAttemptsPerWeek} calls, texts and emails a week per account, from {rules.NewYorkCity.EffectiveFrom:yyyy-MM-dd}.",
            "POLICY-NUMBER-DAY" => $"Policy: at most {Limit(policy.MaxAttemptsPerNumberPerDay)} attempts per number per day by default; a creditor or campaign may set fewer.",
            "POLICY-SPACING" => $"Policy: at least {Hours(policy.MinSpacingOnOneNumber)} between attempts on one number by default; a creditor or campaign may set more.",
            "POLICY-VOICEMAIL" => $"Policy: at most {Limit(policy.MaxVoicemailsPerWeek)} voicemails a week by default; a creditor or campaign may set fewer.",
            _ => null,
        };
    }

    private static string Time(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    private static string Limit(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "no limit of";

    private static string Hours(TimeSpan? value) => value is { } v ? $"{v.TotalHours:0.#} hours" : "no minimum";
}
