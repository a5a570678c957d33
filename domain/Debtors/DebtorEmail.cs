using DebtHub.Domain.Common;

namespace DebtHub.Domain.Debtors;

/// <summary>An email address on file; each message must offer an opt-out and honour it (12 CFR 1006.6(e)).</summary>
public sealed class DebtorEmail
{
    private DebtorEmail() => Address = string.Empty;

    public Guid Id { get; private set; }

    public Guid DebtorId { get; private set; }

    public string Address { get; private set; }

    /// <summary>An employer-provided address must not be used (12 CFR 1006.22(f)(3)).</summary>
    public bool IsWorkEmail { get; private set; }

    public ContactSource Source { get; private set; }

    public DateTimeOffset? OptedOutAt { get; private set; }

    public DateTimeOffset AddedAt { get; private set; }

    internal static DebtorEmail Create(Guid debtorId, string address, bool isWorkEmail, ContactSource source, DateTimeOffset now) => new()
    {
        Id = Ids.New(now),
        DebtorId = debtorId,
        Address = EmailAddress.Normalize(address),
        IsWorkEmail = isWorkEmail,
        Source = source,
        AddedAt = now,
    };

    public void OptOut(DateTimeOffset at) => OptedOutAt ??= at;
}
