using DebtHub.Domain.Compliance;
using DebtHub.Domain.Compliance.Configuration;
using DebtHub.Domain.Compliance.Location;
using DebtHub.Infrastructure.Compliance.Data;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace DebtHub.Infrastructure.Compliance;

/// <summary>Registers the compliance gate with its location tables and rule sets, checked when the host starts.</summary>
public static class ComplianceServiceCollectionExtensions
{
    public static IServiceCollection AddCompliance(this IServiceCollection services)
    {
        services.AddOptions<ComplianceOptions>()
            .BindConfiguration(ComplianceOptions.Section)
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<ComplianceOptions>, ComplianceOptionsValidator>();
        services.AddSingleton(_ => LocationDataFiles.LoadEmbedded());
        services.AddSingleton(sp => ComplianceOptions.LoadSchedule(sp.GetRequiredService<IOptions<ComplianceOptions>>().Value));
        services.AddSingleton(sp => new ComplianceGate(
            RuleRegistry.Default,
            sp.GetRequiredService<RuleSetSchedule>(),
            sp.GetRequiredService<LocationTables>()));
        return services;
    }
}

/// <summary>Where the rule sets come from: the embedded rulesets.json unless an operator names a file.</summary>
public sealed class ComplianceOptions
{
    public const string Section = "Compliance";

    /// <summary>A rulesets.json to use instead of the embedded one (e.g. to schedule a change ahead of a release).</summary>
    public string? RuleSetFile { get; set; }

    internal static RuleSetSchedule LoadSchedule(ComplianceOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.RuleSetFile))
        {
            return Data.RuleSetFile.LoadEmbedded();
        }

        using var stream = File.OpenRead(options.RuleSetFile);
        return Data.RuleSetFile.Load(stream, options.RuleSetFile);
    }
}

/// <summary>Fails start-up with every problem of the rule-set configuration and location data spelled out.</summary>
internal sealed class ComplianceOptionsValidator : IValidateOptions<ComplianceOptions>
{
    public ValidateOptionsResult Validate(string? name, ComplianceOptions options)
    {
        try
        {
            ComplianceOptions.LoadSchedule(options);
            LocationDataFiles.LoadEmbedded();
            return ValidateOptionsResult.Success;
        }
        catch (InvalidRuleSetException e)
        {
            return ValidateOptionsResult.Fail(e.Errors.Count > 0 ? e.Errors : [e.Message]);
        }
        catch (Exception e) when (e is IOException or FormatException or InvalidOperationException or UnauthorizedAccessException)
        {
            return ValidateOptionsResult.Fail($"Compliance configuration cannot be loaded: {e.Message}");
        }
    }
}
