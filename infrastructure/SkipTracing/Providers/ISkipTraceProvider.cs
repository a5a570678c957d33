using DebtHub.Domain.SkipTracing;

namespace DebtHub.Infrastructure.SkipTracing.Providers;

/// <summary>
/// A source that looks up one debtor at a time: our own records, or a vendor's API. The waterfall asks them in the
/// configured order. A provider never throws for a vendor's refusal or failure: it answers <see cref="LookupOutcome"/>.
/// </summary>
public interface ISkipTraceProvider
{
    /// <summary>The configured name, recorded as the source of everything it finds.</summary>
    string Name { get; }

    Task<ProviderAnswer> LookupAsync(SkipSubject subject, PermissiblePurpose purpose, CancellationToken cancellationToken);
}

/// <summary>What a provider answered, and what the lookup cost (zero when it was not charged).</summary>
public sealed record ProviderAnswer(
    LookupOutcome Outcome, decimal Cost, string Currency, IReadOnlyList<CandidateData> Candidates, IReadOnlyList<IndicatorData> Indicators)
{
    public static ProviderAnswer Unanswered(LookupOutcome outcome, string currency = "USD") => new(outcome, 0m, currency, [], []);
}

/// <summary>
/// The person to find, as providers need them. It carries the SSN in clear for vendors that match on it, so it prints
/// nothing but ids: a subject in a log or an exception message reveals no personal data.
/// </summary>
public sealed record SkipSubject(
    Guid DebtorId,
    Guid AccountId,
    string? FirstName,
    string? MiddleName,
    string? LastName,
    DateOnly? DateOfBirth,
    string? Ssn,
    byte[]? SsnMatchHash,
    SubjectAddress? LastKnownAddress,
    IReadOnlyList<string> Phones)
{
    public override string ToString() => $"SkipSubject {{ DebtorId = {DebtorId}, AccountId = {AccountId} }}";

    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append("DebtorId = ").Append(DebtorId).Append(", AccountId = ").Append(AccountId);
        return true;
    }
}

public sealed record SubjectAddress(string Line1, string? Line2, string City, string State, string Zip)
{
    public override string ToString() => "SubjectAddress { (redacted) }";
}

public static class SkipSubjects
{
    /// <summary>
    /// The subject for a debtor: the SSN decrypted here only when <paramref name="ssnProtector"/> is given (vendors that
    /// match on it); the last known address is the newest one whose mail did not come back.
    /// </summary>
    public static SkipSubject Of(Domain.Debtors.Debtor debtor, Guid accountId, Security.SsnProtector? ssnProtector)
    {
        ArgumentNullException.ThrowIfNull(debtor);
        var address = debtor.Addresses
            .Where(a => a.Status != Domain.Debtors.AddressStatus.ReturnedMail)
            .OrderByDescending(a => a.LastSeenAt)
            .FirstOrDefault() ?? debtor.Addresses.OrderByDescending(a => a.LastSeenAt).FirstOrDefault();
        return new SkipSubject(
            debtor.Id, accountId, debtor.FirstName ?? debtor.BusinessName, debtor.MiddleName, debtor.LastName, debtor.DateOfBirth,
            ssnProtector is not null && debtor.SsnCipher is { } cipher ? ssnProtector.Reveal(cipher) : null,
            debtor.SsnMatchHash,
            address is null ? null : new SubjectAddress(address.Line1, address.Line2, address.City, address.State, address.Zip),
            debtor.Phones.Select(p => p.Number).ToList());
    }
}
