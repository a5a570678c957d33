namespace DebtHub.Domain.SkipTracing;

/// <summary>
/// What a paid provider has cost in one calendar month (UTC). The row is only changed by one atomic statement that adds
/// a lookup's cost when it fits under the configured budget, so concurrent lookups never overspend it.
/// </summary>
public sealed class SkipTraceBudget
{
    private SkipTraceBudget() => Provider = Currency = string.Empty;

    public string Provider { get; private set; }

    /// <summary>The first day of the month.</summary>
    public DateOnly Month { get; private set; }

    public decimal Spent { get; private set; }

    public string Currency { get; private set; }

    public int Lookups { get; private set; }
}
