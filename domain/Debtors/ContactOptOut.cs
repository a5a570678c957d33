using DebtHub.Domain.Common;
using DebtHub.Domain.Compliance;

namespace DebtHub.Domain.Debtors;

/// <summary>
/// A medium the person asked us not to use (12 CFR 1006.14(h)): a whole channel ("no texts", "stop calling me") when
/// <see cref="Destination"/> is null, otherwise one number or address ("not this number"). Kept after revocation, so
/// what was in force at any past instant can be shown.
/// </summary>
public sealed class ContactOptOut
{
    private ContactOptOut()
    {
    }

    public Guid Id { get; private set; }

    public Guid DebtorId { get; private set; }

    public ContactChannel Channel { get; private set; }

    /// <summary>The E.164 number or email address it covers; null for the whole channel.</summary>
    public string? Destination { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    /// <summary>The person told us the medium may be used again.</summary>
    public DateTimeOffset? RevokedAt { get; private set; }

    public bool IsActiveAt(DateTimeOffset instant) => RecordedAt <= instant && (RevokedAt is null || RevokedAt > instant);

    internal static ContactOptOut Record(Guid debtorId, ContactChannel channel, string? destination, DateTimeOffset now) => new()
    {
        Id = Ids.New(now),
        DebtorId = debtorId,
        Channel = channel,
        Destination = Text.Optional(destination, "Opt-out destination", 320),
        RecordedAt = now,
    };

    internal void Revoke(DateTimeOffset at) => RevokedAt ??= at;
}
