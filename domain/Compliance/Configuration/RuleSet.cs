using DebtHub.Domain.Compliance.Facts;

namespace DebtHub.Domain.Compliance.Configuration;

/// <summary>
/// One version of every number the rules use, in force from <see cref="EffectiveFrom"/> until the next version's.
/// Overlays carry their own effective dates, so a change (NYC SHIELD on 2026-09-01) can be scheduled ahead inside a
/// version. Defaults are RULES.md's config table.
/// </summary>
public sealed record RuleSet(
    string Version,
    DateTimeOffset EffectiveFrom,
    RegulationFLimits RegulationF,
    CallingHours CallingHours,
    TcpaLimits Tcpa,
    MassachusettsOverlay Massachusetts,
    WashingtonOverlay Washington,
    NewYorkCityOverlay NewYorkCity,
    ContactPolicy DefaultPolicy,
    TimeSpan PermitLifetime)
{
    /// <summary>The federal and state numbers as RULES.md states them, in force from Reg F's effective date.</summary>
    public static RuleSet Default(string version = "2026.11-default", DateTimeOffset? effectiveFrom = null) => new(
        version,
        effectiveFrom ?? new DateTimeOffset(2021, 11, 30, 0, 0, 0, TimeSpan.Zero),
        new RegulationFLimits(
            MaxCallsPerDebt: 7,
            CallWindow: TimeSpan.FromHours(168),
            ConversationBarDays: 7,
            DirectConsentMaxDays: 7,
            ValidationNoticeDeadlineDays: 5),
        new CallingHours(new TimeOnly(8, 0), new TimeOnly(21, 0), LastLaunchMargin: TimeSpan.FromMinutes(5)),
        new TcpaLimits(MaxPrerecordedToResidentialWithoutConsent: 3, PrerecordedWindow: TimeSpan.FromDays(30)),
        new MassachusettsOverlay(
            EffectiveFrom: new DateTimeOffset(2018, 1, 1, 0, 0, 0, TimeSpan.Zero),
            MaxPerWeekHomeOrCell: 2,
            Week: TimeSpan.FromDays(7),
            MaxPerMonthOtherNumbers: 2,
            Month: TimeSpan.FromDays(30)),
        new WashingtonOverlay(
            EffectiveFrom: new DateTimeOffset(2018, 1, 1, 0, 0, 0, TimeSpan.Zero),
            MaxPerWeek: 3,
            MaxPerWeekAtWork: 1,
            Week: TimeSpan.FromDays(7),
            EarliestAtHome: new TimeOnly(7, 30),
            LatestAtHome: new TimeOnly(21, 0)),
        new NewYorkCityOverlay(
            EffectiveFrom: new DateTimeOffset(2026, 9, 1, 4, 0, 0, TimeSpan.Zero),
            MaxAttemptsPerWeek: 3,
            Week: TimeSpan.FromDays(7)),
        new ContactPolicy(MaxAttemptsPerNumberPerDay: 1, MinSpacingOnOneNumber: TimeSpan.FromHours(4), MaxVoicemailsPerWeek: 1),
        PermitLifetime: TimeSpan.FromMinutes(2));
}

/// <param name="MaxCallsPerDebt">12 CFR 1006.14(b)(2)(i)(A): 7.</param>
/// <param name="CallWindow">"7 consecutive days", read as a rolling 168 hours (a superset of the calendar-day reading).</param>
/// <param name="ConversationBarDays">1006.14(b)(2)(i)(B): 7, the conversation date being day 1.</param>
/// <param name="DirectConsentMaxDays">1006.14(b)(3)(i): 7.</param>
/// <param name="ValidationNoticeDeadlineDays">1006.34(a)(1): 5 days after the initial communication.</param>
public sealed record RegulationFLimits(int MaxCallsPerDebt, TimeSpan CallWindow, int ConversationBarDays, int DirectConsentMaxDays, int ValidationNoticeDeadlineDays);

/// <param name="Earliest">1006.6(b)(1)(i): 08:00 local.</param>
/// <param name="Latest">1006.6(b)(1)(i): 21:00 local, exclusive.</param>
/// <param name="LastLaunchMargin">Stop launching this long before <see cref="Latest"/>, so a queued call cannot ring after it.</param>
public sealed record CallingHours(TimeOnly Earliest, TimeOnly Latest, TimeSpan LastLaunchMargin)
{
    public TimeSpan EarliestOfDay => Earliest.ToTimeSpan();

    public TimeSpan LatestLaunchOfDay => Latest.ToTimeSpan() - LastLaunchMargin;
}

/// <param name="MaxPrerecordedToResidentialWithoutConsent">47 CFR 64.1200(a)(3): 3 per line.</param>
/// <param name="PrerecordedWindow">"consecutive 30 days".</param>
public sealed record TcpaLimits(int MaxPrerecordedToResidentialWithoutConsent, TimeSpan PrerecordedWindow);

/// <summary>209 CMR 18.16(1)(d); 940 CMR 7.04(1)(f).</summary>
public sealed record MassachusettsOverlay(DateTimeOffset EffectiveFrom, int MaxPerWeekHomeOrCell, TimeSpan Week, int MaxPerMonthOtherNumbers, TimeSpan Month);

/// <summary>RCW 19.16.250(13).</summary>
public sealed record WashingtonOverlay(DateTimeOffset EffectiveFrom, int MaxPerWeek, int MaxPerWeekAtWork, TimeSpan Week, TimeOnly EarliestAtHome, TimeOnly LatestAtHome);

/// <summary>6 RCNY 5-77 as amended by the DCWP SHIELD Collection Rule.</summary>
public sealed record NewYorkCityOverlay(DateTimeOffset EffectiveFrom, int MaxAttemptsPerWeek, TimeSpan Week);
