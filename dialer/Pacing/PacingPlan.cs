using DebtHub.Domain.Campaigns;

namespace DebtHub.Dialer.Pacing;

/// <summary>
/// One pacing decision, as a supervisor reads it: lines to open now, the dial ratio and why, the abandon rate over 30
/// days, the abandon rate forecast at this dial level, and when the 30-day rate would pass the legal 3% if it held.
/// </summary>
public sealed record PacingPlan(
    DialMode Mode,
    int IdleCollectors,
    int InFlight,
    int Lines,
    decimal DialRatio,
    decimal? AnswerRate,
    decimal AbandonRate30Days,
    decimal ForecastAbandonRate,
    DateTimeOffset? BreachForecastAt,
    string Reason);

/// <summary>
/// The pacing arithmetic, pure. Progressive opens one line per idle collector. Predictive opens up to 1 ÷ answer rate
/// lines per idle collector (at most the campaign's maximum) — but only as many as keep the expected abandon rate at the
/// campaign's target: live answers at a dial level are modelled as Poisson, and those beyond the idle collectors are
/// abandoned. It starts at 1:1 until enough dials are measured, and drops to 1:1 while the 30-day rate is at or over
/// the target; small teams get a smaller ratio (their variance is larger).
/// </summary>
public static class PacingMath
{
    /// <summary>Dials measured before the answer rate is trusted.</summary>
    public const int MinimumDials = 30;

    public static PacingPlan Plan(
        DialMode mode, int idle, PacingStatistics stats, PacingSettings settings, TimeSpan handleTime, DateTimeOffset now, int maxLines)
    {
        var rate30 = stats.AbandonRate30Days;
        if (mode == DialMode.Preview)
        {
            return new PacingPlan(mode, idle, stats.InFlight, 0, 0m, stats.AnswerRateLastDay, rate30, 0m, null, "Preview: collectors ask for the next account and place the call themselves.");
        }

        if (mode == DialMode.Progressive || idle == 0)
        {
            var lines = Math.Clamp(idle - stats.InFlight, 0, maxLines);
            return new PacingPlan(mode, idle, stats.InFlight, lines, 1m, stats.AnswerRateLastDay, rate30, 0m, null,
                idle == 0 ? "No idle collector: nothing is dialed." : "Progressive: one line per idle collector.");
        }

        var answerRate = stats.AnswerRateLastDay;
        decimal ratio;
        string reason;
        if (stats.DialsLastDay < MinimumDials || answerRate is null or 0m)
        {
            (ratio, reason) = (1m, $"Predictive at 1:1 until {MinimumDials} dials of the last day measure the answer rate ({stats.DialsLastDay} so far).");
        }
        else if (rate30 >= settings.TargetAbandonRate)
        {
            (ratio, reason) = (1m, $"Predictive held at 1:1: the 30-day abandon rate {rate30:P2} is at or over the target {settings.TargetAbandonRate:P1}.");
        }
        else
        {
            var ceiling = Math.Min(settings.MaxDialRatio, 1m / answerRate.Value);

            // Small teams: their answers bunch up more, so the ratio grows with the team up to ten collectors.
            ceiling = 1m + ((ceiling - 1m) * Math.Min(1m, idle / 10m));
            ratio = 1m;
            for (var candidate = ceiling; candidate > 1m; candidate -= 0.05m)
            {
                if (ExpectedAbandonRate(idle, candidate, answerRate.Value) <= (double)settings.TargetAbandonRate)
                {
                    ratio = candidate;
                    break;
                }
            }

            ratio = Math.Round(ratio, 2);
            reason = $"Predictive {ratio:0.00}:1 from an answer rate of {answerRate:P1}, kept under the {settings.TargetAbandonRate:P1} abandon target.";
        }

        // At 1:1 no more lines open than collectors are idle, so no answer waits for one.
        var forecast = ratio > 1m && answerRate is { } a && a > 0 ? (decimal)ExpectedAbandonRate(idle, ratio, a) : 0m;
        var open = Math.Clamp((int)Math.Floor(idle * ratio) - stats.InFlight, 0, maxLines);
        return new PacingPlan(mode, idle, stats.InFlight, open, ratio, answerRate, rate30, Math.Round(forecast, 4),
            BreachAt(stats, forecast, idle, handleTime, now), reason);
    }

    /// <summary>Expected abandoned ÷ live answers when <paramref name="idle"/> collectors face Poisson(idle·ratio·answerRate) answers.</summary>
    public static double ExpectedAbandonRate(int idle, decimal ratio, decimal answerRate)
    {
        var lambda = idle * (double)ratio * (double)answerRate;
        if (lambda <= 0)
        {
            return 0;
        }

        var excess = 0.0;
        var p = Math.Exp(-lambda);
        var limit = (int)(lambda + (10 * Math.Sqrt(lambda)) + 10);
        for (var k = 0; k <= limit; k++)
        {
            if (k > 0)
            {
                p *= lambda / k;
            }

            if (k > idle)
            {
                excess += (k - idle) * p;
            }
        }

        return excess / lambda;
    }

    /// <summary>
    /// When the 30-day rate would reach 3% if calls went on at this forecast rate, at one answer per handle time per
    /// collector; now when it is over already.
    /// </summary>
    private static DateTimeOffset? BreachAt(PacingStatistics stats, decimal forecast, int idle, TimeSpan handleTime, DateTimeOffset now)
    {
        var cap = PacingSettings.LegalAbandonCap;
        if (stats.AbandonRate30Days > cap)
        {
            return now;
        }

        if (forecast <= cap || idle == 0 || handleTime <= TimeSpan.Zero)
        {
            return null;
        }

        var answersPerHour = (decimal)(idle * 3600 / handleTime.TotalSeconds);
        var hours = ((cap * stats.LiveAnswers30Days) - stats.Abandoned30Days) / (answersPerHour * (forecast - cap));
        return now + TimeSpan.FromHours((double)Math.Max(0m, hours));
    }
}
