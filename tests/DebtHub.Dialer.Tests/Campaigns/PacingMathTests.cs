using DebtHub.Dialer.Pacing;
using DebtHub.Domain.Campaigns;

namespace DebtHub.Dialer.Tests.Campaigns;

public sealed class PacingMathTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 10, 18, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Handle = TimeSpan.FromMinutes(3);

    [Fact]
    public void Progressive_opens_one_line_per_idle_collector_less_the_calls_in_flight()
    {
        var plan = PacingMath.Plan(DialMode.Progressive, 10, new PacingStatistics(0, 0, 0, 0, 3), PacingSettings.Default, Handle, Now, 50);

        Assert.Equal(7, plan.Lines);
        Assert.Equal(1m, plan.DialRatio);
    }

    [Fact]
    public void Predictive_starts_at_one_to_one_until_the_answer_rate_is_measured()
    {
        var plan = PacingMath.Plan(DialMode.Predictive, 20, new PacingStatistics(0, 0, 10, 3, 0), PacingSettings.Default, Handle, Now, 100);

        Assert.Equal(1m, plan.DialRatio);
        Assert.Contains("until 30 dials", plan.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Predictive_dials_above_one_to_one_but_keeps_the_forecast_abandon_rate_under_the_target()
    {
        var stats = new PacingStatistics(LiveAnswers30Days: 1000, Abandoned30Days: 5, DialsLastDay: 1000, LiveAnswersLastDay: 250, InFlight: 0);

        var plan = PacingMath.Plan(DialMode.Predictive, 20, stats, PacingSettings.Default, Handle, Now, 200);

        Assert.InRange(plan.DialRatio, 1.05m, 3m);
        Assert.True(plan.ForecastAbandonRate <= PacingSettings.Default.TargetAbandonRate, $"forecast {plan.ForecastAbandonRate}");
        Assert.Null(plan.BreachForecastAt);
        Assert.Equal((int)Math.Floor(20 * plan.DialRatio), plan.Lines);
    }

    [Fact]
    public void At_the_abandon_target_predictive_falls_back_to_one_to_one()
    {
        var stats = new PacingStatistics(1000, 25, 1000, 250, 0);

        var plan = PacingMath.Plan(DialMode.Predictive, 20, stats, PacingSettings.Default, Handle, Now, 200);

        Assert.Equal(1m, plan.DialRatio);
        Assert.Equal(0.025m, plan.AbandonRate30Days);
    }

    [Fact]
    public void A_thirty_day_rate_over_three_percent_dials_one_to_one_and_reports_the_breach_now()
    {
        var plan = PacingMath.Plan(DialMode.Predictive, 20, new PacingStatistics(1000, 40, 1000, 250, 0), PacingSettings.Default, Handle, Now, 200);

        Assert.Equal(1m, plan.DialRatio);
        Assert.Equal(0m, plan.ForecastAbandonRate);
        Assert.Equal(Now, plan.BreachForecastAt);
    }

    [Fact]
    public void A_small_team_gets_a_lower_ratio_than_a_large_one_at_the_same_answer_rate()
    {
        var stats = new PacingStatistics(1000, 5, 1000, 250, 0);

        var small = PacingMath.Plan(DialMode.Predictive, 3, stats, PacingSettings.Default, Handle, Now, 200);
        var large = PacingMath.Plan(DialMode.Predictive, 30, stats, PacingSettings.Default, Handle, Now, 200);

        Assert.True(small.DialRatio < large.DialRatio, $"{small.DialRatio} vs {large.DialRatio}");
        Assert.True(PacingMath.ExpectedAbandonRate(3, small.DialRatio, 0.25m) <= 0.02);
    }
}
