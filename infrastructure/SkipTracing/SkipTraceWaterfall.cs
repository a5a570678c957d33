using DebtHub.Domain.Accounts;
using DebtHub.Domain.Common;
using DebtHub.Domain.Debtors;
using DebtHub.Domain.SkipTracing;
using DebtHub.Infrastructure.Persistence;
using DebtHub.Infrastructure.Security;
using DebtHub.Infrastructure.SkipTracing.Providers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DebtHub.Infrastructure.SkipTracing;

/// <summary>
/// A single lookup: the permissible purpose is checked before anything is read, then the providers are asked in the
/// configured order until a new candidate meets the confidence threshold. Every provider asked (or skipped for budget
/// or rate) is recorded with its cost; the account's skip flag is cleared; the configured auto-apply rule, if any, runs.
/// Nothing on file is overwritten: results wait for review.
/// </summary>
public sealed partial class SkipTraceWaterfall(
    IDbContextFactory<DebtHubDbContext> contexts,
    SkipTraceProviders providers,
    SsnProtector ssnProtector,
    IOptions<SkipTracingOptions> options,
    TimeProvider clock,
    ILogger<SkipTraceWaterfall> logger)
{
    /// <summary>Who the audit trail names when the configured rule applies a result.</summary>
    public const string AutoApplyReviewer = "rule:auto-apply";

    public async Task<SkipTrace> TraceAsync(Guid accountId, PermissiblePurpose purpose, string requestedBy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(purpose);
        var checkedPurpose = PermissiblePurpose.Require(purpose.Fcra, purpose.Glba, purpose.Dppa);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var (account, debtor) = await LoadAsync(db, accountId, cancellationToken);
        var trace = SkipTrace.Start(account.Id, debtor.Id, checkedPurpose, requestedBy, SkipTraceMode.Single, null, clock.GetUtcNow());
        var subject = SkipSubjects.Of(debtor, account.Id, ssnProtector);
        var settings = options.Value;
        foreach (var provider in providers.Waterfall())
        {
            var answer = await provider.LookupAsync(subject, checkedPurpose, cancellationToken);
            if (answer.Outcome is LookupOutcome.Hit or LookupOutcome.NoHit)
            {
                trace.RecordAnswer(provider.Name, answer.Cost, answer.Currency, answer.Candidates, answer.Indicators, debtor, clock.GetUtcNow());
            }
            else
            {
                trace.RecordUnanswered(provider.Name, answer.Outcome, answer.Cost, answer.Currency, clock.GetUtcNow());
            }

            if (trace.BestConfidence >= settings.ConfidenceThreshold)
            {
                break;
            }
        }

        var applied = settings.AutoApplyMinimumConfidence is { } minimum
            ? SkipResultApplier.ApplyConfident(trace, debtor, minimum, AutoApplyReviewer, clock.GetUtcNow())
            : 0;
        await ClearFlagAsync(db, account.Id, clock.GetUtcNow(), cancellationToken);
        db.Add(trace);
        await db.SaveChangesAsync(cancellationToken);
        LogTraced(logger, trace.Id, account.Id, trace.Lookups.Count, trace.Candidates.Count, applied);
        return trace;
    }

    internal static async Task<(Account Account, Debtor Debtor)> LoadAsync(DebtHubDbContext db, Guid accountId, CancellationToken cancellationToken)
    {
        var account = await db.Accounts.AsNoTracking().FirstOrDefaultAsync(a => a.Id == accountId, cancellationToken)
            ?? throw new DomainException("UNKNOWN_ACCOUNT", "No account has that id.");
        var debtor = await db.Debtors.AsSplitQuery().Include(d => d.Phones).ThenInclude(p => p.Consents).Include(d => d.Addresses).Include(d => d.Emails)
            .FirstAsync(d => d.Id == account.DebtorId, cancellationToken);
        return (account, debtor);
    }

    internal static async Task ClearFlagAsync(DebtHubDbContext db, Guid accountId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        foreach (var flag in await db.Set<SkipFlag>().Where(f => f.AccountId == accountId && f.ClearedAt == null).ToListAsync(cancellationToken))
        {
            flag.Clear(now);
        }
    }

    [LoggerMessage(EventId = 8001, Level = LogLevel.Information, Message = "Skip trace {TraceId} of account {AccountId}: {Lookups} lookups, {Candidates} candidates, {Applied} applied by rule")]
    private static partial void LogTraced(ILogger logger, Guid traceId, Guid accountId, int lookups, int candidates, int applied);
}
