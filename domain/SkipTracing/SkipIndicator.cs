using DebtHub.Domain.Common;

namespace DebtHub.Domain.SkipTracing;

/// <summary>
/// A provider's report that the debtor died, filed for bankruptcy or sues collectors often. It is shown to the
/// collector for review; it does not itself change the debtor (a deceased or bankruptcy notice is recorded by a person).
/// </summary>
public sealed class SkipIndicator
{
    private SkipIndicator() => Provider = string.Empty;

    public Guid Id { get; private set; }

    public Guid SkipTraceId { get; private set; }

    public string Provider { get; private set; }

    public IndicatorKind Kind { get; private set; }

    public int Confidence { get; private set; }

    public DateOnly? ReportedOn { get; private set; }

    /// <summary>What the provider said (a case number, a date of death source), never shown in logs.</summary>
    public string? Detail { get; private set; }

    public DateTimeOffset FoundAt { get; private set; }

    internal static SkipIndicator From(Guid skipTraceId, string provider, IndicatorData data, DateTimeOffset now) => new()
    {
        Id = Ids.New(now),
        SkipTraceId = skipTraceId,
        Provider = provider,
        Kind = data.Kind,
        Confidence = Math.Clamp(data.Confidence, 0, 100),
        ReportedOn = data.ReportedOn,
        Detail = data.Detail is { Length: > 500 } detail ? detail[..500] : data.Detail,
        FoundAt = now,
    };
}
