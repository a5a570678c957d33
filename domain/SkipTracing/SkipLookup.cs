using DebtHub.Domain.Common;

namespace DebtHub.Domain.SkipTracing;

/// <summary>One provider asked once for one skip trace: the outcome, what it cost, and how many results it gave.</summary>
public sealed class SkipLookup
{
    private SkipLookup() => Provider = Currency = string.Empty;

    public Guid Id { get; private set; }

    public Guid SkipTraceId { get; private set; }

    public string Provider { get; private set; }

    /// <summary>1 for the first provider of the waterfall.</summary>
    public int Step { get; private set; }

    public LookupOutcome Outcome { get; private set; }

    public decimal Cost { get; private set; }

    public string Currency { get; private set; }

    public int CandidateCount { get; private set; }

    public int IndicatorCount { get; private set; }

    /// <summary>Rows of the provider's answer that could not be used (a malformed phone, an incomplete address).</summary>
    public int UnusableCount { get; private set; }

    /// <summary>The best confidence among this provider's candidates; null when it found none.</summary>
    public int? BestConfidence { get; private set; }

    public DateTimeOffset At { get; private set; }

    internal static SkipLookup Record(
        Guid skipTraceId, string provider, int step, LookupOutcome outcome, decimal cost, string currency, DateTimeOffset now)
    {
        if (cost < 0m)
        {
            throw new DomainException("INVALID_AMOUNT", "A lookup cannot cost less than nothing.");
        }

        return new SkipLookup
        {
            Id = Ids.New(now),
            SkipTraceId = skipTraceId,
            Provider = Text.Required(provider, "Provider", 60),
            Step = step,
            Outcome = outcome,
            Cost = cost,
            Currency = CurrencyCode.Normalize(currency),
            At = now,
        };
    }

    internal void Answered(LookupOutcome outcome, int candidates, int indicators, int unusable, int? best, DateTimeOffset now)
    {
        Outcome = outcome;
        CandidateCount = candidates;
        IndicatorCount = indicators;
        UnusableCount = unusable;
        BestConfidence = best;
        At = now;
    }
}
