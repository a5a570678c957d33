using DebtHub.Domain.Common;
using DebtHub.Domain.Debtors;

namespace DebtHub.Domain.SkipTracing;

/// <summary>
/// A phone, address, email or employer a provider found for a debtor, with its source, confidence and first and last
/// seen dates. It changes nothing on file until a collector (or the configured rule) applies it.
/// </summary>
public sealed class SkipCandidate
{
    private SkipCandidate() => Provider = string.Empty;

    public Guid Id { get; private set; }

    public Guid SkipTraceId { get; private set; }

    public Guid DebtorId { get; private set; }

    /// <summary>The provider that found it (its configured name).</summary>
    public string Provider { get; private set; }

    public CandidateKind Kind { get; private set; }

    public int Confidence { get; private set; }

    public DateOnly? FirstSeen { get; private set; }

    public DateOnly? LastSeen { get; private set; }

    /// <summary>1 for the candidate to try first, among the lookup's candidates.</summary>
    public int Rank { get; private set; }

    public CandidateStatus Status { get; private set; }

    /// <summary>E.164: the debtor's number, or the employer's for an employer.</summary>
    public string? Phone { get; private set; }

    public LineType LineType { get; private set; }

    public string? Line1 { get; private set; }

    public string? Line2 { get; private set; }

    public string? City { get; private set; }

    public string? State { get; private set; }

    public string? Zip { get; private set; }

    public string? Email { get; private set; }

    public string? EmployerName { get; private set; }

    public DateTimeOffset FoundAt { get; private set; }

    public string? ReviewedBy { get; private set; }

    public DateTimeOffset? ReviewedAt { get; private set; }

    public string? RejectionReason { get; private set; }

    /// <summary>The phone, address or email put on file from it.</summary>
    public Guid? AppliedContactId { get; private set; }

    /// <summary>What makes two candidates (or a candidate and a contact point on file) the same.</summary>
    public string MatchKey => Key(Kind, Phone, Line1, Zip, Email, EmployerName);

    internal static string Key(CandidateKind kind, string? phone, string? line1, string? zip, string? email, string? employer) => kind switch
    {
        CandidateKind.Phone => "P:" + phone,
        CandidateKind.Address => $"A:{line1?.ToUpperInvariant()}|{(zip is { Length: >= 5 } ? zip[..5] : zip)}",
        CandidateKind.Email => "E:" + email?.ToLowerInvariant(),
        _ => "W:" + employer?.ToUpperInvariant(),
    };

    /// <summary>A candidate from <paramref name="data"/>, or null with the reason when it cannot be used (bad phone or email).</summary>
    internal static SkipCandidate? From(Guid skipTraceId, Guid debtorId, string provider, CandidateData data, DateTimeOffset now, out string? unusable)
    {
        unusable = null;
        string? phone = null;
        if (data.Phone is not null)
        {
            if (!PhoneNumber.TryParse(data.Phone, out var parsed, out _))
            {
                unusable = "INVALID_PHONE";
                return null;
            }

            phone = parsed.Value;
        }

        var valid = data.Kind switch
        {
            CandidateKind.Phone => phone is not null,
            CandidateKind.Address => !string.IsNullOrWhiteSpace(data.Line1) && !string.IsNullOrWhiteSpace(data.City) && !string.IsNullOrWhiteSpace(data.Zip),
            CandidateKind.Email => EmailAddress.IsValid(data.Email),
            _ => !string.IsNullOrWhiteSpace(data.EmployerName),
        };
        if (!valid)
        {
            unusable = data.Kind switch
            {
                CandidateKind.Phone => "INVALID_PHONE",
                CandidateKind.Address => "INCOMPLETE_ADDRESS",
                CandidateKind.Email => "INVALID_EMAIL",
                _ => "MISSING_EMPLOYER_NAME",
            };
            return null;
        }

        return new SkipCandidate
        {
            Id = Ids.New(now),
            SkipTraceId = skipTraceId,
            DebtorId = debtorId,
            Provider = provider,
            Kind = data.Kind,
            Confidence = Math.Clamp(data.Confidence, 0, 100),
            FirstSeen = data.FirstSeen,
            LastSeen = data.LastSeen ?? data.FirstSeen,
            Phone = phone,
            LineType = data.Kind == CandidateKind.Phone ? data.LineType : LineType.Unknown,
            Line1 = Cut(data.Line1, 200),
            Line2 = Cut(data.Line2, 200),
            City = Cut(data.City, 100),
            State = Cut(data.State, 2)?.ToUpperInvariant(),
            Zip = Cut(data.Zip, 10),
            Email = data.Kind == CandidateKind.Email ? data.Email!.Trim() : null,
            EmployerName = Cut(data.EmployerName, 200),
            FoundAt = now,
            Status = CandidateStatus.Pending,
        };
    }

    internal void MarkOnFile() => Status = CandidateStatus.AlreadyOnFile;

    internal void RankAs(int rank) => Rank = rank;

    internal void MarkApplied(Guid? contactId, string reviewer, DateTimeOffset now)
    {
        RequirePending();
        Status = CandidateStatus.Applied;
        AppliedContactId = contactId;
        ReviewedBy = reviewer;
        ReviewedAt = now;
    }

    internal void MarkRejected(string reviewer, string reason, DateTimeOffset now)
    {
        RequirePending();
        Status = CandidateStatus.Rejected;
        RejectionReason = Text.Required(reason, "Reason", 500);
        ReviewedBy = reviewer;
        ReviewedAt = now;
    }

    internal void RequirePending()
    {
        if (Status != CandidateStatus.Pending)
        {
            throw new DomainException("CANDIDATE_REVIEWED", Status switch
            {
                CandidateStatus.AlreadyOnFile => "This candidate is already on file for the debtor; there is nothing to apply.",
                CandidateStatus.Applied => "This candidate was applied already.",
                _ => "This candidate was rejected.",
            });
        }
    }

    private static string? Cut(string? value, int max)
    {
        var trimmed = value?.Trim();
        return string.IsNullOrEmpty(trimmed) ? null : trimmed.Length <= max ? trimmed : trimmed[..max];
    }
}
