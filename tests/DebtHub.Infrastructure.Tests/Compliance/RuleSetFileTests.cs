using System.Text;
using DebtHub.Domain.Compliance.Configuration;
using DebtHub.Infrastructure.Compliance;
using DebtHub.Infrastructure.Compliance.Data;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace DebtHub.Infrastructure.Tests.Compliance;

public sealed class RuleSetFileTests
{
    [Fact]
    public void The_shipped_rule_set_carries_the_numbers_of_the_rules_reference()
    {
        var schedule = RuleSetFile.LoadEmbedded();
        var current = Assert.IsType<RuleSet>(schedule.InForceAt(new DateTimeOffset(2026, 11, 23, 0, 0, 0, TimeSpan.Zero)));

        Assert.Equal(7, current.RegulationF.MaxCallsPerDebt);
        Assert.Equal(TimeSpan.FromHours(168), current.RegulationF.CallWindow);
        Assert.Equal(new TimeOnly(8, 0), current.CallingHours.Earliest);
        Assert.Equal(new TimeOnly(21, 0), current.CallingHours.Latest);
        Assert.Equal(2, current.Massachusetts.MaxPerWeekHomeOrCell);
        Assert.Equal(3, current.Washington.MaxPerWeek);
        Assert.Equal(new DateTimeOffset(2026, 9, 1, 4, 0, 0, TimeSpan.Zero), current.NewYorkCity.EffectiveFrom);
    }

    [Fact]
    public void A_negative_limit_is_refused_with_its_name()
    {
        var error = Assert.Throws<InvalidRuleSetException>(() => Load(Shipped().Replace("\"maxCallsPerDebt\": 7", "\"maxCallsPerDebt\": -1", StringComparison.Ordinal)));

        Assert.Contains("regulationF.maxCallsPerDebt must be positive", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_misspelt_field_is_refused()
    {
        var error = Assert.Throws<InvalidRuleSetException>(() => Load(Shipped().Replace("\"maxPerWeekAtWork\"", "\"maxPerWeekAtWrok\"", StringComparison.Ordinal)));

        Assert.Contains("maxPerWeekAtWrok", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_badly_written_time_is_refused()
    {
        var error = Assert.Throws<InvalidRuleSetException>(() => Load(Shipped().Replace("\"earliest\": \"08:00\"", "\"earliest\": \"8am\"", StringComparison.Ordinal)));

        Assert.Contains("callingHours.earliest", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_host_refuses_to_start_with_an_invalid_rule_set()
    {
        var path = Path.Combine(Path.GetTempPath(), $"rulesets-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(path, Shipped().Replace("\"latest\": \"21:00\"", "\"latest\": \"07:00\"", StringComparison.Ordinal));
        try
        {
            var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
            builder.Configuration.AddInMemoryCollection([KeyValuePair.Create<string, string?>("Compliance:RuleSetFile", path)]);
            builder.Services.AddCompliance();
            using var host = builder.Build();

            var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

            Assert.Contains("callingHours.earliest (08:00) must be before callingHours.latest (07:00)", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task The_host_starts_with_the_shipped_rule_set_and_serves_one_gate()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Services.AddCompliance();
        using var host = builder.Build();

        await host.StartAsync();

        Assert.Same(host.Services.GetRequiredService<Domain.Compliance.ComplianceGate>(), host.Services.GetRequiredService<Domain.Compliance.ComplianceGate>());
        await host.StopAsync();
    }

    private static RuleSetSchedule Load(string json) => RuleSetFile.Load(new MemoryStream(Encoding.UTF8.GetBytes(json)), "test.json");

    private static string Shipped()
    {
        using var stream = typeof(RuleSetFile).Assembly.GetManifestResourceStream("DebtHub.Infrastructure.Compliance.Data.rulesets.json")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
