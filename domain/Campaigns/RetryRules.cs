using DebtHub.Domain.Common;

namespace DebtHub.Domain.Campaigns;

/// <summary>
/// How long to wait before dialing an account again after each outcome, and how many attempts the campaign makes in
/// all. The compliance gate's limits (7 in 7 days, per-day caps, spacing) always apply on top: a retry rule only delays.
/// </summary>
public sealed record RetryRules(IReadOnlyDictionary<DialOutcome, TimeSpan> Delays, int MaxAttempts)
{
    public const int MaxAttemptsCeiling = 100;

    public static RetryRules Default { get; } = new(
        new Dictionary<DialOutcome, TimeSpan>
        {
            [DialOutcome.Busy] = TimeSpan.FromHours(4),
            [DialOutcome.NoAnswer] = TimeSpan.FromHours(4),
            [DialOutcome.Machine] = TimeSpan.FromDays(1),
            [DialOutcome.Failed] = TimeSpan.FromDays(1),
            [DialOutcome.Abandoned] = TimeSpan.FromDays(1),
            [DialOutcome.Answered] = TimeSpan.FromDays(7),
        },
        10);

    public static RetryRules Of(IReadOnlyDictionary<DialOutcome, TimeSpan>? delays, int maxAttempts)
    {
        if (maxAttempts is < 1 or > MaxAttemptsCeiling)
        {
            throw new DomainException("INVALID_MAX_ATTEMPTS", $"Maximum attempts must be between 1 and {MaxAttemptsCeiling}.");
        }

        var merged = new Dictionary<DialOutcome, TimeSpan>(Default.Delays);
        foreach (var (outcome, delay) in delays ?? new Dictionary<DialOutcome, TimeSpan>())
        {
            if (delay < TimeSpan.FromMinutes(5) || delay > TimeSpan.FromDays(90))
            {
                throw new DomainException("INVALID_RETRY_DELAY", $"The retry delay after {outcome} must be between 5 minutes and 90 days.");
            }

            merged[outcome] = delay;
        }

        return new RetryRules(merged, maxAttempts);
    }

    public TimeSpan DelayAfter(DialOutcome outcome) => Delays.TryGetValue(outcome, out var delay) ? delay : Default.Delays[outcome];
}
