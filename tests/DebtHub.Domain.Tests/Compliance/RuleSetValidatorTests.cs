using DebtHub.Domain.Compliance.Configuration;

namespace DebtHub.Domain.Tests.Compliance;

public sealed class RuleSetValidatorTests
{
    [Fact]
    public void The_default_rule_set_is_valid()
    {
        Assert.Empty(RuleSetValidator.Validate([RuleSet.Default()]));
    }

    [Fact]
    public void Every_problem_is_reported_at_once_with_version_and_parameter()
    {
        var broken = RuleSet.Default("bad") is var v
            ? v with
            {
                RegulationF = v.RegulationF with { MaxCallsPerDebt = 0 },
                CallingHours = v.CallingHours with { Earliest = new TimeOnly(22, 0) },
                PermitLifetime = TimeSpan.FromHours(1),
            }
            : null!;

        var error = Assert.Throws<InvalidRuleSetException>(() => RuleSetSchedule.Single(broken));

        Assert.Equal(3, error.Errors.Count);
        Assert.Contains(error.Errors, e => e.StartsWith("bad: regulationF.maxCallsPerDebt must be positive", StringComparison.Ordinal));
        Assert.Contains(error.Errors, e => e.Contains("callingHours.earliest", StringComparison.Ordinal));
        Assert.Contains(error.Errors, e => e.Contains("permitLifetime", StringComparison.Ordinal));
    }

    [Fact]
    public void Two_versions_with_one_name_are_refused()
    {
        var first = RuleSet.Default("v1");
        var second = RuleSet.Default("v1", new DateTimeOffset(2027, 1, 1, 0, 0, 0, TimeSpan.Zero));

        Assert.Contains("appears twice", Assert.Throws<InvalidRuleSetException>(() => new RuleSetSchedule([first, second])).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_version_in_force_is_the_latest_that_has_started()
    {
        var first = RuleSet.Default("v1");
        var second = RuleSet.Default("v2", new DateTimeOffset(2027, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var schedule = new RuleSetSchedule([second, first]);

        Assert.Equal("v1", schedule.InForceAt(new DateTimeOffset(2026, 12, 31, 23, 59, 59, TimeSpan.Zero))!.Version);
        Assert.Equal("v2", schedule.InForceAt(new DateTimeOffset(2027, 1, 1, 0, 0, 0, TimeSpan.Zero))!.Version);
        Assert.Null(schedule.InForceAt(new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero)));
    }
}
