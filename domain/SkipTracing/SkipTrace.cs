using DebtHub.Domain.Common;
using DebtHub.Domain.Debtors;

namespace DebtHub.Domain.SkipTracing;

/// <summary>
/// One search for a debtor who cannot be reached, about one account: who asked, under which permissible purpose, each
/// provider asked (the waterfall's steps) and everything they found, ranked. Results never overwrite data on file:
/// candidates already on file are marked so, the rest wait for review.
/// </summary>
public sealed class SkipTrace
{
    private readonly List<SkipLookup> _lookups = [];
    private readonly List<SkipCandidate> _candidates = [];
    private readonly List<SkipIndicator> _indicators = [];

    private SkipTrace() => RequestedBy = string.Empty;

    public Guid Id { get; private set; }

    public Guid AccountId { get; private set; }

    public Guid DebtorId { get; private set; }

    public FcraPurpose? FcraPurpose { get; private set; }

    public GlbaPurpose? GlbaPurpose { get; private set; }

    public DppaPurpose? DppaPurpose { get; private set; }

    /// <summary>The user who asked (or the rule or job that did).</summary>
    public string RequestedBy { get; private set; }

    public DateTimeOffset RequestedAt { get; private set; }

    public SkipTraceMode Mode { get; private set; }

    public Guid? BatchId { get; private set; }

    public SkipTraceStatus Status { get; private set; }

    public DateTimeOffset? CompletedAt { get; private set; }

    public IReadOnlyList<SkipLookup> Lookups => _lookups;

    public IReadOnlyList<SkipCandidate> Candidates => _candidates;

    public IReadOnlyList<SkipIndicator> Indicators => _indicators;

    public PermissiblePurpose Purpose => new(FcraPurpose, GlbaPurpose, DppaPurpose);

    /// <summary>
    /// The best confidence of any new candidate found so far (the waterfall stops on it); results we already had on file
    /// do not count, since finding them again does not reach the debtor.
    /// </summary>
    public int? BestConfidence => _candidates.Where(c => c.Status != CandidateStatus.AlreadyOnFile).Select(c => (int?)c.Confidence).Max();

    public decimal TotalCost => _lookups.Sum(l => l.Cost);

    /// <summary>Starts a search; refused without a permissible purpose or a person (or rule) who asked.</summary>
    public static SkipTrace Start(
        Guid accountId, Guid debtorId, PermissiblePurpose purpose, string requestedBy, SkipTraceMode mode, Guid? batchId, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(purpose);
        var checkedPurpose = PermissiblePurpose.Require(purpose.Fcra, purpose.Glba, purpose.Dppa);
        if (mode == SkipTraceMode.Batch && batchId is null)
        {
            throw new DomainException("BATCH_REQUIRED", "A batch skip trace belongs to a batch.");
        }

        return new SkipTrace
        {
            Id = Ids.New(now),
            AccountId = accountId,
            DebtorId = debtorId,
            FcraPurpose = checkedPurpose.Fcra,
            GlbaPurpose = checkedPurpose.Glba,
            DppaPurpose = checkedPurpose.Dppa,
            RequestedBy = Text.Required(requestedBy, "Requested by", 100),
            RequestedAt = now,
            Mode = mode,
            BatchId = batchId,
            Status = mode == SkipTraceMode.Batch ? SkipTraceStatus.AwaitingBatch : SkipTraceStatus.Completed,
            CompletedAt = mode == SkipTraceMode.Batch ? null : now,
        };
    }

    /// <summary>A provider that was not asked, or failed: recorded so costs and hit rates stay honest.</summary>
    public SkipLookup RecordUnanswered(string provider, LookupOutcome outcome, decimal cost, string currency, DateTimeOffset now)
    {
        if (outcome is LookupOutcome.Hit or LookupOutcome.NoHit)
        {
            throw new ArgumentException("An answered lookup is recorded with RecordAnswer.", nameof(outcome));
        }

        var lookup = SkipLookup.Record(Id, provider, _lookups.Count + 1, outcome, cost, currency, now);
        _lookups.Add(lookup);
        return lookup;
    }

    /// <summary>
    /// Records a provider's answer. Candidates the debtor already has on file, or that an earlier provider found, are not
    /// added again; unusable rows are counted, not kept. All candidates are re-ranked.
    /// </summary>
    public SkipLookup RecordAnswer(
        string provider, decimal cost, string currency, IEnumerable<CandidateData> found, IEnumerable<IndicatorData> indicators,
        Debtor debtor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(debtor);
        if (debtor.Id != DebtorId)
        {
            throw new DomainException("WRONG_DEBTOR", "The results are compared with another debtor than the one traced.");
        }

        var lookup = SkipLookup.Record(Id, provider, _lookups.Count + 1, LookupOutcome.Sent, cost, currency, now);
        var onFile = OnFileKeys(debtor);
        var known = _candidates.Select(c => c.MatchKey).ToHashSet(StringComparer.Ordinal);
        int added = 0, unusable = 0;
        int? best = null;
        foreach (var data in found)
        {
            var candidate = SkipCandidate.From(Id, DebtorId, lookup.Provider, data, now, out _);
            if (candidate is null)
            {
                unusable++;
                continue;
            }

            best = Math.Max(best ?? 0, candidate.Confidence);
            if (!known.Add(candidate.MatchKey))
            {
                continue;
            }

            if (onFile.Contains(candidate.MatchKey))
            {
                candidate.MarkOnFile();
            }

            _candidates.Add(candidate);
            added++;
        }

        var flags = 0;
        foreach (var indicator in indicators)
        {
            _indicators.Add(SkipIndicator.From(Id, lookup.Provider, indicator, now));
            flags++;
        }

        lookup.Answered(best is null && flags == 0 ? LookupOutcome.NoHit : LookupOutcome.Hit, added, flags, unusable, best, now);
        _lookups.Add(lookup);
        Rank();
        return lookup;
    }

    /// <summary>The batch result file has been read for this trace.</summary>
    public void Complete(DateTimeOffset now)
    {
        Status = SkipTraceStatus.Completed;
        CompletedAt ??= now;
    }

    public SkipCandidate Candidate(Guid candidateId) =>
        _candidates.Find(c => c.Id == candidateId)
        ?? throw new DomainException("UNKNOWN_CANDIDATE", "That candidate is not a result of this skip trace.");

    public void Reject(Guid candidateId, string reviewer, string reason, DateTimeOffset now)
    {
        Candidate(candidateId).MarkRejected(Text.Required(reviewer, "Reviewer", 100), reason, now);
        Rank();
    }

    /// <summary>
    /// Ranking, best first: candidates to review before those on file or reviewed; then confidence; then the most recently
    /// seen; phones before addresses, emails and employers (a phone reaches the debtor soonest).
    /// </summary>
    internal void Rank()
    {
        var ordered = _candidates
            .OrderBy(c => c.Status == CandidateStatus.Pending ? 0 : 1)
            .ThenByDescending(c => c.Confidence)
            .ThenByDescending(c => c.LastSeen ?? DateOnly.MinValue)
            .ThenBy(c => c.Kind)
            .ThenBy(c => c.Id)
            .ToList();
        for (var i = 0; i < ordered.Count; i++)
        {
            ordered[i].RankAs(i + 1);
        }
    }

    internal static HashSet<string> OnFileKeys(Debtor debtor)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var phone in debtor.Phones)
        {
            keys.Add(SkipCandidate.Key(CandidateKind.Phone, phone.Number, null, null, null, null));
        }

        foreach (var address in debtor.Addresses)
        {
            keys.Add(SkipCandidate.Key(CandidateKind.Address, null, address.Line1, address.Zip, null, null));
        }

        foreach (var email in debtor.Emails)
        {
            keys.Add(SkipCandidate.Key(CandidateKind.Email, null, null, null, email.Address, null));
        }

        return keys;
    }
}
