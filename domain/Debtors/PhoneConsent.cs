using DebtHub.Domain.Common;

namespace DebtHub.Domain.Debtors;

/// <summary>
/// A record of prior express consent to autodialed or prerecorded calls (or texts) to one number: who gave it, when,
/// how, and when it was revoked. Records are never deleted, so consent at any past instant can be shown.
/// </summary>
public sealed class PhoneConsent
{
    private PhoneConsent() => Source = string.Empty;

    public Guid Id { get; private set; }

    public Guid PhoneId { get; private set; }

    public ConsentScope Scope { get; private set; }

    /// <summary>How consent was obtained, e.g. "creditor application", "recorded call", "web portal".</summary>
    public string Source { get; private set; }

    public DateTimeOffset ObtainedAt { get; private set; }

    public DateTimeOffset? RevokedAt { get; private set; }

    public bool IsActiveAt(DateTimeOffset instant) => ObtainedAt <= instant && (RevokedAt is null || RevokedAt > instant);

    internal static PhoneConsent Grant(Guid phoneId, ConsentScope scope, string source, DateTimeOffset obtainedAt, DateTimeOffset now) => new()
    {
        Id = Ids.New(now),
        PhoneId = phoneId,
        Scope = scope,
        Source = Text.Required(source, "Consent source", 200),
        ObtainedAt = obtainedAt,
    };

    internal void Revoke(DateTimeOffset at) => RevokedAt ??= at;
}
