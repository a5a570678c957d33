namespace DebtHub.Domain.Compliance.Location;

/// <summary>Where the consumer may be: every candidate zone, whether the set is a guess from nothing, and the regimes that apply.</summary>
public readonly record struct ConsumerLocation(ZoneSet Zones, bool Unknown, Jurisdiction Jurisdictions);
