using DebtHub.Domain.Common;
using DebtHub.Domain.SkipTracing;
using DebtHub.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace DebtHub.Infrastructure.SkipTracing;

/// <summary>The outcome of a review: the candidate as it now stands, and the phone, address or email put on file.</summary>
public sealed record ReviewOutcome(SkipTrace Trace, SkipCandidate Candidate, Guid? ContactId);

/// <summary>
/// A collector applies or rejects a candidate. The candidate's row is locked for the review, so two reviewers at once
/// cannot both apply it; the debtor change and the candidate's new status commit together.
/// </summary>
public sealed partial class SkipTraceReview(IDbContextFactory<DebtHubDbContext> contexts, TimeProvider clock, ILogger<SkipTraceReview> logger)
{
    /// <summary>The trace a candidate belongs to (for visibility checks), or null.</summary>
    public async Task<(Guid TraceId, Guid AccountId)?> OwnerOfAsync(Guid candidateId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var owner = await db.Set<SkipCandidate>().Where(c => c.Id == candidateId)
            .Join(db.Set<SkipTrace>(), c => c.SkipTraceId, t => t.Id, (c, t) => new { t.Id, t.AccountId })
            .FirstOrDefaultAsync(cancellationToken);
        return owner is null ? null : (owner.Id, owner.AccountId);
    }

    public Task<ReviewOutcome> ApplyAsync(Guid candidateId, string reviewer, CancellationToken cancellationToken) =>
        ReviewAsync(candidateId, cancellationToken, async (db, trace, now) =>
        {
            var debtor = await db.Debtors.AsSplitQuery().Include(d => d.Phones).ThenInclude(p => p.Consents).Include(d => d.Addresses).Include(d => d.Emails)
                .FirstAsync(d => d.Id == trace.DebtorId, cancellationToken);
            return SkipResultApplier.Apply(trace, candidateId, debtor, reviewer, now);
        });

    public Task<ReviewOutcome> RejectAsync(Guid candidateId, string reviewer, string reason, CancellationToken cancellationToken) =>
        ReviewAsync(candidateId, cancellationToken, (_, trace, now) =>
        {
            trace.Reject(candidateId, reviewer, reason, now);
            return Task.FromResult<Guid?>(null);
        });

    private async Task<ReviewOutcome> ReviewAsync(
        Guid candidateId, CancellationToken cancellationToken, Func<DebtHubDbContext, SkipTrace, DateTimeOffset, Task<Guid?>> review)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var traceId = await db.Database
            .SqlQuery<Guid>($"select skip_trace_id as \"Value\" from skip_candidates where id = {candidateId} for update")
            .ToListAsync(cancellationToken);
        if (traceId.Count == 0)
        {
            throw new DomainException("UNKNOWN_CANDIDATE", "No skip-trace candidate has that id.");
        }

        var trace = await db.Set<SkipTrace>().Include(t => t.Candidates).FirstAsync(t => t.Id == traceId[0], cancellationToken);
        var now = clock.GetUtcNow();
        var contactId = await review(db, trace, now);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        var candidate = trace.Candidate(candidateId);
        LogReviewed(logger, candidateId, trace.AccountId, candidate.Status);
        return new ReviewOutcome(trace, candidate, contactId);
    }

    [LoggerMessage(EventId = 8002, Level = LogLevel.Information, Message = "Skip-trace candidate {CandidateId} of account {AccountId} reviewed: {Status}")]
    private static partial void LogReviewed(ILogger logger, Guid candidateId, Guid accountId, CandidateStatus status);
}
