using DebtHub.Infrastructure.SkipTracing.Providers;

namespace DebtHub.Infrastructure.SkipTracing;

/// <summary>Skip tracing's configuration (section <c>SkipTracing</c>); vendors' keys come from the environment or a secret store.</summary>
public sealed class SkipTracingOptions
{
    public const string Section = "SkipTracing";

    /// <summary>
    /// The providers a single lookup asks, in order: "internal" and the names of <see cref="Vendors"/>. Empty means
    /// "internal" only (a default list here would be appended to, not replaced, by configuration binding).
    /// </summary>
    public List<string> Waterfall { get; set; } = [];

    public IReadOnlyList<string> WaterfallOrDefault => Waterfall.Count == 0 ? [InternalCrossMatchProvider.ProviderName] : Waterfall;

    /// <summary>The waterfall stops once a new candidate reaches this confidence (0-100).</summary>
    public int ConfidenceThreshold { get; set; } = 80;

    /// <summary>
    /// When set, phones, addresses and emails found with at least this confidence are applied without review (the
    /// "configured rule"); null means a collector reviews every result.
    /// </summary>
    public int? AutoApplyMinimumConfidence { get; set; }

    public Dictionary<string, VendorOptions> Vendors { get; set; } = new(StringComparer.OrdinalIgnoreCase);
}

/// <summary>One vendor reached over HTTP: its JSON locate API, its batch endpoint, its price and budget.</summary>
public sealed class VendorOptions
{
    public Uri? BaseUrl { get; set; }

    public string LocatePath { get; set; } = "/v1/locate";

    public string BatchPath { get; set; } = "/v1/batches";

    /// <summary>The credential; from configuration or the environment (SkipTracing__Vendors__name__ApiKey), never the repository.</summary>
    public string? ApiKey { get; set; }

    /// <summary>The header that carries the credential, and its scheme ("Bearer"; empty to send the key alone, e.g. X-Api-Key).</summary>
    public string AuthHeader { get; set; } = "Authorization";

    public string AuthScheme { get; set; } = "Bearer";

    public decimal CostPerLookup { get; set; }

    public string Currency { get; set; } = "USD";

    /// <summary>What lookups may cost per calendar month (UTC); lookups stop when the next one would exceed it.</summary>
    public decimal MonthlyBudget { get; set; }

    /// <summary>Lookups per second this instance sends at most; more wait up to a second, then are refused as rate limited.</summary>
    public int RequestsPerSecond { get; set; } = 5;

    public int TimeoutSeconds { get; set; } = 20;
}
