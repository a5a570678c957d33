using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using DebtHub.Domain.Compliance.Configuration;
using DebtHub.Domain.Compliance.Facts;

namespace DebtHub.Infrastructure.Compliance.Data;

/// <summary>
/// Reads the versioned rule-set configuration (rulesets.json, embedded; or a file an operator points to) into a
/// validated <see cref="RuleSetSchedule"/>. Unknown or missing fields and invalid values all fail with one clear
/// <see cref="InvalidRuleSetException"/>.
/// </summary>
public static class RuleSetFile
{
    private const string EmbeddedName = "DebtHub.Infrastructure.Compliance.Data.rulesets.json";

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNameCaseInsensitive = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
    };

    public static RuleSetSchedule LoadEmbedded()
    {
        using var stream = typeof(RuleSetFile).Assembly.GetManifestResourceStream(EmbeddedName)
            ?? throw new InvalidOperationException($"Embedded resource {EmbeddedName} is missing from the build.");
        return Load(stream, "embedded rulesets.json");
    }

    public static RuleSetSchedule Load(Stream json, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(json);
        FileDto file;
        try
        {
            file = JsonSerializer.Deserialize<FileDto>(json, Options)
                ?? throw new InvalidRuleSetException($"{sourceName} is empty.");
        }
        catch (JsonException e)
        {
            throw new InvalidRuleSetException($"{sourceName} is not a valid rule-set file: {e.Message}", e);
        }

        var versions = new List<RuleSet>();
        var errors = new List<string>();
        foreach (var v in file.Versions)
        {
            try
            {
                versions.Add(Map(v));
            }
            catch (FormatException e)
            {
                errors.Add($"{v.Version}: {e.Message}");
            }
        }

        if (errors.Count > 0)
        {
            throw new InvalidRuleSetException(errors);
        }

        return new RuleSetSchedule(versions);
    }

    private static RuleSet Map(VersionDto v) => new(
        v.Version,
        v.EffectiveFrom,
        new RegulationFLimits(
            v.RegulationF.MaxCallsPerDebt,
            TimeSpan.FromHours(v.RegulationF.CallWindowHours),
            v.RegulationF.ConversationBarDays,
            v.RegulationF.DirectConsentMaxDays,
            v.RegulationF.ValidationNoticeDeadlineDays),
        new CallingHours(Time(v.CallingHours.Earliest, "callingHours.earliest"), Time(v.CallingHours.Latest, "callingHours.latest"), TimeSpan.FromMinutes(v.CallingHours.LastLaunchMarginMinutes)),
        new TcpaLimits(v.Tcpa.MaxPrerecordedToResidentialWithoutConsent, TimeSpan.FromDays(v.Tcpa.PrerecordedWindowDays)),
        new MassachusettsOverlay(v.Massachusetts.EffectiveFrom, v.Massachusetts.MaxPerWeekHomeOrCell, TimeSpan.FromDays(v.Massachusetts.WeekDays), v.Massachusetts.MaxPerMonthOtherNumbers, TimeSpan.FromDays(v.Massachusetts.MonthDays)),
        new WashingtonOverlay(v.Washington.EffectiveFrom, v.Washington.MaxPerWeek, v.Washington.MaxPerWeekAtWork, TimeSpan.FromDays(v.Washington.WeekDays), Time(v.Washington.EarliestAtHome, "washington.earliestAtHome"), Time(v.Washington.LatestAtHome, "washington.latestAtHome")),
        new NewYorkCityOverlay(v.NewYorkCity.EffectiveFrom, v.NewYorkCity.MaxAttemptsPerWeek, TimeSpan.FromDays(v.NewYorkCity.WeekDays)),
        new ContactPolicy(
            v.DefaultPolicy.MaxAttemptsPerNumberPerDay,
            v.DefaultPolicy.MinSpacingHours is { } hours ? TimeSpan.FromHours(hours) : null,
            v.DefaultPolicy.MaxVoicemailsPerWeek),
        TimeSpan.FromSeconds(v.PermitLifetimeSeconds));

    private static TimeOnly Time(string value, string name) =>
        TimeOnly.TryParseExact(value, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
            ? time
            : throw new FormatException($"{name} must be a time like 08:00, got \"{value}\".");

    private sealed record FileDto
    {
        [JsonPropertyName("$comment")]
        public string? Comment { get; init; }

        public required IReadOnlyList<VersionDto> Versions { get; init; }
    }

    private sealed record VersionDto
    {
        public required string Version { get; init; }

        public required DateTimeOffset EffectiveFrom { get; init; }

        public required RegulationFDto RegulationF { get; init; }

        public required CallingHoursDto CallingHours { get; init; }

        public required TcpaDto Tcpa { get; init; }

        public required MassachusettsDto Massachusetts { get; init; }

        public required WashingtonDto Washington { get; init; }

        public required NewYorkCityDto NewYorkCity { get; init; }

        public required PolicyDto DefaultPolicy { get; init; }

        public required double PermitLifetimeSeconds { get; init; }
    }

    private sealed record RegulationFDto(int MaxCallsPerDebt, double CallWindowHours, int ConversationBarDays, int DirectConsentMaxDays, int ValidationNoticeDeadlineDays);

    private sealed record CallingHoursDto(string Earliest, string Latest, double LastLaunchMarginMinutes);

    private sealed record TcpaDto(int MaxPrerecordedToResidentialWithoutConsent, double PrerecordedWindowDays);

    private sealed record MassachusettsDto(DateTimeOffset EffectiveFrom, int MaxPerWeekHomeOrCell, double WeekDays, int MaxPerMonthOtherNumbers, double MonthDays);

    private sealed record WashingtonDto(DateTimeOffset EffectiveFrom, int MaxPerWeek, int MaxPerWeekAtWork, double WeekDays, string EarliestAtHome, string LatestAtHome);

    private sealed record NewYorkCityDto(DateTimeOffset EffectiveFrom, int MaxAttemptsPerWeek, double WeekDays);

    private sealed record PolicyDto(int? MaxAttemptsPerNumberPerDay, double? MinSpacingHours, int? MaxVoicemailsPerWeek);
}
