namespace DebtHub.Domain.Compliance.Configuration;

/// <summary>Checks a rule-set schedule before it is used; each error names the version and the parameter.</summary>
public static class RuleSetValidator
{
    public static IReadOnlyList<string> Validate(IReadOnlyList<RuleSet> versions)
    {
        ArgumentNullException.ThrowIfNull(versions);
        var errors = new List<string>();
        if (versions.Count == 0)
        {
            errors.Add("At least one rule-set version is required.");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        DateTimeOffset? previous = null;
        foreach (var v in versions)
        {
            var at = string.IsNullOrWhiteSpace(v.Version) ? "(unnamed version)" : v.Version;
            if (string.IsNullOrWhiteSpace(v.Version))
            {
                errors.Add("Every rule-set version needs a name.");
            }
            else if (!seen.Add(v.Version))
            {
                errors.Add($"Rule-set version {v.Version} appears twice.");
            }

            if (previous == v.EffectiveFrom)
            {
                errors.Add($"{at}: two versions take effect at the same instant {v.EffectiveFrom:O}.");
            }

            previous = v.EffectiveFrom;
            Positive(errors, at, "regulationF.maxCallsPerDebt", v.RegulationF.MaxCallsPerDebt);
            Positive(errors, at, "regulationF.callWindow", v.RegulationF.CallWindow);
            Positive(errors, at, "regulationF.conversationBarDays", v.RegulationF.ConversationBarDays);
            Positive(errors, at, "regulationF.directConsentMaxDays", v.RegulationF.DirectConsentMaxDays);
            Positive(errors, at, "regulationF.validationNoticeDeadlineDays", v.RegulationF.ValidationNoticeDeadlineDays);
            if (v.CallingHours.Earliest >= v.CallingHours.Latest)
            {
                errors.Add($"{at}: callingHours.earliest ({v.CallingHours.Earliest}) must be before callingHours.latest ({v.CallingHours.Latest}).");
            }

            else if (v.CallingHours.LastLaunchMargin < TimeSpan.Zero || v.CallingHours.LatestLaunchOfDay <= v.CallingHours.EarliestOfDay)
            {
                errors.Add($"{at}: callingHours.lastLaunchMargin must be zero or more and leave part of the day open.");
            }

            Positive(errors, at, "tcpa.maxPrerecordedToResidentialWithoutConsent", v.Tcpa.MaxPrerecordedToResidentialWithoutConsent);
            Positive(errors, at, "tcpa.prerecordedWindow", v.Tcpa.PrerecordedWindow);
            Positive(errors, at, "massachusetts.maxPerWeekHomeOrCell", v.Massachusetts.MaxPerWeekHomeOrCell);
            Positive(errors, at, "massachusetts.maxPerMonthOtherNumbers", v.Massachusetts.MaxPerMonthOtherNumbers);
            Positive(errors, at, "massachusetts.week", v.Massachusetts.Week);
            Positive(errors, at, "massachusetts.month", v.Massachusetts.Month);
            Positive(errors, at, "washington.maxPerWeek", v.Washington.MaxPerWeek);
            Positive(errors, at, "washington.maxPerWeekAtWork", v.Washington.MaxPerWeekAtWork);
            Positive(errors, at, "washington.week", v.Washington.Week);
            if (v.Washington.EarliestAtHome >= v.Washington.LatestAtHome)
            {
                errors.Add($"{at}: washington.earliestAtHome must be before washington.latestAtHome.");
            }

            Positive(errors, at, "newYorkCity.maxAttemptsPerWeek", v.NewYorkCity.MaxAttemptsPerWeek);
            Positive(errors, at, "newYorkCity.week", v.NewYorkCity.Week);
            if (v.DefaultPolicy.MaxAttemptsPerNumberPerDay is { } perDay)
            {
                Positive(errors, at, "defaultPolicy.maxAttemptsPerNumberPerDay", perDay);
            }

            if (v.DefaultPolicy.MinSpacingOnOneNumber is { } spacing && spacing < TimeSpan.Zero)
            {
                errors.Add($"{at}: defaultPolicy.minSpacingOnOneNumber must not be negative.");
            }

            if (v.DefaultPolicy.MaxVoicemailsPerWeek is { } voicemails && voicemails < 0)
            {
                errors.Add($"{at}: defaultPolicy.maxVoicemailsPerWeek must not be negative.");
            }

            if (v.PermitLifetime <= TimeSpan.Zero || v.PermitLifetime > TimeSpan.FromMinutes(15))
            {
                errors.Add($"{at}: permitLifetime must be more than zero and at most 15 minutes (permits are short-lived), got {v.PermitLifetime}.");
            }
        }

        return errors;
    }

    private static void Positive(List<string> errors, string version, string name, int value)
    {
        if (value <= 0)
        {
            errors.Add($"{version}: {name} must be positive, got {value}.");
        }
    }

    private static void Positive(List<string> errors, string version, string name, TimeSpan value)
    {
        if (value <= TimeSpan.Zero)
        {
            errors.Add($"{version}: {name} must be a positive duration, got {value}.");
        }
    }
}
