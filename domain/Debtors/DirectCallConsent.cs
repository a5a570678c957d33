using DebtHub.Domain.Common;

namespace DebtHub.Domain.Debtors;

/// <summary>
/// Prior consent the person gave directly to us to be called about some debts (12 CFR 1006.14(b)(3)(i)): calls within
/// 7 consecutive days of it (or until its stated end or revocation, if sooner) do not count toward the call frequency.
/// </summary>
public sealed class DirectCallConsent
{
    private DirectCallConsent() => AccountIds = [];

    public Guid Id { get; private set; }

    public Guid DebtorId { get; private set; }

    /// <summary>The debts the consent covers.</summary>
    public Guid[] AccountIds { get; private set; }

    public DateTimeOffset GrantedAt { get; private set; }

    /// <summary>An end the person stated ("call me back Thursday"), before the 7 days run out.</summary>
    public DateTimeOffset? StatedEnd { get; private set; }

    public DateTimeOffset? RevokedAt { get; private set; }

    internal static DirectCallConsent Grant(Guid debtorId, IReadOnlyCollection<Guid> accountIds, DateTimeOffset grantedAt, DateTimeOffset? statedEnd, DateTimeOffset now)
    {
        if (accountIds.Count == 0)
        {
            throw new DomainException("NO_DEBT", "A consent to be called covers at least one debt.");
        }

        if (grantedAt > now)
        {
            throw new DomainException("INVALID_CONSENT", "Consent cannot be given in the future.");
        }

        if (statedEnd is { } end && end <= grantedAt)
        {
            throw new DomainException("INVALID_CONSENT", "A consent must end after it is given.");
        }

        return new DirectCallConsent
        {
            Id = Ids.New(now),
            DebtorId = debtorId,
            AccountIds = [.. accountIds.Distinct()],
            GrantedAt = grantedAt,
            StatedEnd = statedEnd,
        };
    }

    internal void Revoke(DateTimeOffset at) => RevokedAt ??= at;
}
