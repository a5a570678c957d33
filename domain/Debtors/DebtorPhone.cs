using DebtHub.Domain.Common;

namespace DebtHub.Domain.Debtors;

/// <summary>A telephone number on file for a debtor, with what we know about reaching it lawfully.</summary>
public sealed class DebtorPhone
{
    private readonly List<PhoneConsent> _consents = [];

    private DebtorPhone() => Number = string.Empty;

    public Guid Id { get; private set; }

    public Guid DebtorId { get; private set; }

    /// <summary>E.164.</summary>
    public string Number { get; private set; }

    public LineType LineType { get; private set; }

    public PhoneStatus Status { get; private set; }

    public ContactSource Source { get; private set; }

    /// <summary>A number at the consumer's place of work (12 CFR 1006.6(b)(3) applies to it).</summary>
    public bool IsWorkNumber { get; private set; }

    /// <summary>The employer prohibits collection calls there, or the consumer said not to call at work.</summary>
    public bool EmployerProhibitsCalls { get; private set; }

    /// <summary>The consumer asked us not to use this number ("not this number", 12 CFR 1006.14(h)).</summary>
    public DateTimeOffset? DoNotCallSince { get; private set; }

    public bool TextsOptedOut { get; private set; }

    public DateTimeOffset AddedAt { get; private set; }

    public IReadOnlyList<PhoneConsent> Consents => _consents;

    public bool IsDialable => Status is PhoneStatus.Unverified or PhoneStatus.Valid && DoNotCallSince is null;

    internal static DebtorPhone Create(
        Guid debtorId, PhoneNumber number, LineType lineType, ContactSource source, bool isWorkNumber, DateTimeOffset now) => new()
    {
        Id = Ids.New(now),
        DebtorId = debtorId,
        Number = number.Value,
        LineType = lineType,
        Status = PhoneStatus.Unverified,
        Source = source,
        IsWorkNumber = isWorkNumber,
        AddedAt = now,
    };

    public bool HasConsentAt(ConsentScope scope, DateTimeOffset instant) =>
        _consents.Exists(c => c.Scope == scope && c.IsActiveAt(instant));

    public PhoneConsent GrantConsent(ConsentScope scope, string source, DateTimeOffset obtainedAt, DateTimeOffset now)
    {
        if (obtainedAt > now)
        {
            throw new DomainException("INVALID_CONSENT", "Consent cannot be obtained in the future.");
        }

        var consent = PhoneConsent.Grant(Id, scope, source, obtainedAt, now);
        _consents.Add(consent);
        return consent;
    }

    /// <summary>Revocation by any reasonable means is honoured at once (47 CFR 64.1200(a)(10) allows 10 business days).</summary>
    public void RevokeConsent(ConsentScope scope, DateTimeOffset at)
    {
        foreach (var consent in _consents.Where(c => c.Scope == scope))
        {
            consent.Revoke(at);
        }
    }

    public void MarkStatus(PhoneStatus status) => Status = status;

    public void ChangeLineType(LineType lineType) => LineType = lineType;

    public void MarkDoNotCall(DateTimeOffset at) => DoNotCallSince ??= at;

    public void MarkWorkplaceProhibited() => EmployerProhibitsCalls = true;

    public void OptOutOfTexts() => TextsOptedOut = true;
}
