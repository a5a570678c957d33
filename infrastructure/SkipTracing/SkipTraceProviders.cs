using DebtHub.Domain.Common;
using DebtHub.Infrastructure.SkipTracing.Providers;
using DebtHub.Infrastructure.SkipTracing.Vendor;
using Microsoft.Extensions.Options;

namespace DebtHub.Infrastructure.SkipTracing;

/// <summary>The configured providers by name: the internal cross-match and one HTTP adapter per configured vendor.</summary>
public sealed class SkipTraceProviders
{
    private readonly Dictionary<string, ISkipTraceProvider> _byName;
    private readonly SkipTracingOptions _options;

    public SkipTraceProviders(IEnumerable<ISkipTraceProvider> providers, IOptions<SkipTracingOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _byName = providers.ToDictionary(p => p.Name, StringComparer.OrdinalIgnoreCase);
        _options = options.Value;
    }

    public IReadOnlyCollection<string> Names => _byName.Keys;

    /// <summary>The providers of a single lookup, in the configured order.</summary>
    public IEnumerable<ISkipTraceProvider> Waterfall() => _options.WaterfallOrDefault.Select(name => _byName[name]);

    /// <summary>A configured vendor (for batch files), or a typed refusal naming the ones there are.</summary>
    public (string Name, VendorOptions Options) Vendor(string name) =>
        _options.Vendors.TryGetValue(name, out var vendor)
            ? (_options.Vendors.Keys.First(k => string.Equals(k, name, StringComparison.OrdinalIgnoreCase)), vendor)
            : throw new DomainException("UNKNOWN_PROVIDER",
                $"No skip-trace vendor is configured as \"{name}\" (configured: {string.Join(", ", _options.Vendors.Keys.DefaultIfEmpty("none"))}).");
}
