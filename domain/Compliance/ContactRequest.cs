using DebtHub.Domain.Compliance.Facts;

namespace DebtHub.Domain.Compliance;

/// <summary>The contact asked about: how, to which number or address, when and what for.</summary>
/// <param name="Destination">E.164 number for calls and texts, email address for email, postal address id for letters.</param>
/// <param name="At">The instant the contact would happen (the caller's clock; the engine never reads one).</param>
public sealed record ContactRequest(
    ContactChannel Channel,
    ContactMode Mode,
    string Destination,
    DateTimeOffset At,
    ContactPurpose Purpose = ContactPurpose.Collection);
