namespace DebtHub.Domain.Compliance.Facts;

/// <summary>A postal address on file: its ZIP (or, failing that, its state) gives candidate time zones and a jurisdiction.</summary>
/// <param name="Zip">Five-digit ZIP code, if known.</param>
/// <param name="State">USPS state or territory code, e.g. "MA".</param>
public sealed record AddressFacts(string? Zip, string? State);

/// <summary>Where the consumer said they are now ("I'm in Denver this month"): an IANA zone, a ZIP or a state.</summary>
public sealed record StatedLocationFacts(DateTimeOffset StatedAt, string? TimeZoneId = null, string? Zip = null, string? State = null);
