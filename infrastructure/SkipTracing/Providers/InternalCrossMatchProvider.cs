using DebtHub.Domain.Debtors;
using DebtHub.Domain.SkipTracing;
using DebtHub.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DebtHub.Infrastructure.SkipTracing.Providers;

/// <summary>
/// Our own records: other debtors with the same SSN (compared by keyed hash, nothing decrypted) or the same name and
/// date of birth, and the contact points they carry that are good and newer than anything of that kind on the traced
/// debtor's file. Free. An SSN match is strong evidence (confidence 90, 95 for a number verified valid); a name and
/// birth date match is weaker (70, 75).
/// </summary>
public sealed class InternalCrossMatchProvider(IDbContextFactory<DebtHubDbContext> contexts) : ISkipTraceProvider
{
    public const string ProviderName = "internal";

    public string Name => ProviderName;

    public async Task<ProviderAnswer> LookupAsync(SkipSubject subject, PermissiblePurpose purpose, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subject);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var hash = subject.SsnMatchHash;
        var first = subject.FirstName?.ToLower();
        var last = subject.LastName?.ToLower();
        var dob = subject.DateOfBirth;
        var matches = await db.Debtors.AsNoTracking().AsSplitQuery()
            .Include(d => d.Phones).Include(d => d.Addresses).Include(d => d.Emails)
            .Where(d => d.Id != subject.DebtorId)
            .Where(d => (hash != null && d.SsnMatchHash == hash)
                        || (dob != null && first != null && last != null && d.DateOfBirth == dob
                            && d.FirstName!.ToLower() == first && d.LastName!.ToLower() == last))
            .Take(20)
            .ToListAsync(cancellationToken);
        if (matches.Count == 0)
        {
            return new ProviderAnswer(LookupOutcome.NoHit, 0m, "USD", [], []);
        }

        var own = await db.Debtors.AsNoTracking().AsSplitQuery()
            .Include(d => d.Phones).Include(d => d.Addresses).Include(d => d.Emails)
            .FirstAsync(d => d.Id == subject.DebtorId, cancellationToken);
        var newestPhone = own.Phones.Select(p => (DateTimeOffset?)p.AddedAt).Max();
        var newestAddress = own.Addresses.Select(a => (DateTimeOffset?)a.LastSeenAt).Max();
        var newestEmail = own.Emails.Select(e => (DateTimeOffset?)e.AddedAt).Max();
        var ownNumbers = own.Phones.Select(p => p.Number).ToHashSet(StringComparer.Ordinal);
        var ownEmails = own.Emails.Select(e => e.Address).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var ownAddresses = own.Addresses.Select(a => (a.Line1.ToUpperInvariant(), a.Zip[..5])).ToHashSet();

        var found = new List<CandidateData>();
        var indicators = new List<IndicatorData>();
        foreach (var match in matches)
        {
            var bySsn = hash is not null && match.SsnMatchHash is not null && match.SsnMatchHash.AsSpan().SequenceEqual(hash);
            var score = bySsn ? 90 : 70;
            found.AddRange(match.Phones
                .Where(p => p.IsDialable && !ownNumbers.Contains(p.Number) && (newestPhone is null || p.AddedAt > newestPhone))
                .Select(p => new CandidateData(CandidateKind.Phone, p.Status == PhoneStatus.Valid ? score + 5 : score,
                    Day(p.AddedAt), Day(p.AddedAt), Phone: p.Number, LineType: p.LineType)));
            found.AddRange(match.Addresses
                .Where(a => a.Status != AddressStatus.ReturnedMail && !ownAddresses.Contains((a.Line1.ToUpperInvariant(), a.Zip[..5]))
                            && (newestAddress is null || a.LastSeenAt > newestAddress))
                .Select(a => new CandidateData(CandidateKind.Address, a.Status == AddressStatus.Valid ? score + 5 : score,
                    Day(a.FirstSeenAt), Day(a.LastSeenAt), Line1: a.Line1, Line2: a.Line2, City: a.City, State: a.State, Zip: a.Zip)));
            found.AddRange(match.Emails
                .Where(e => e.OptedOutAt is null && !e.IsWorkEmail && !ownEmails.Contains(e.Address) && (newestEmail is null || e.AddedAt > newestEmail))
                .Select(e => new CandidateData(CandidateKind.Email, score, Day(e.AddedAt), Day(e.AddedAt), Email: e.Address)));
            if (bySsn && match.Deceased is { } deceased)
            {
                indicators.Add(new IndicatorData(IndicatorKind.Deceased, score, deceased.DiedOn, "Reported on another record with the same SSN"));
            }

            if (bySsn && match.Bankruptcy is { } bankruptcy)
            {
                indicators.Add(new IndicatorData(IndicatorKind.Bankruptcy, score, bankruptcy.FiledOn, $"Chapter {bankruptcy.Chapter}, reported on another record with the same SSN"));
            }
        }

        return new ProviderAnswer(found.Count + indicators.Count > 0 ? LookupOutcome.Hit : LookupOutcome.NoHit, 0m, "USD", found, indicators);
    }

    private static DateOnly Day(DateTimeOffset instant) => DateOnly.FromDateTime(instant.UtcDateTime);
}
