using DebtHub.Domain.Accounts;
using DebtHub.Domain.Notes;
using DebtHub.GraphQL.Execution.DataLoader;
using Microsoft.EntityFrameworkCore;

namespace DebtHub.Api.Schema.Accounts;

/// <summary>The request's loaders for what hangs off an account.</summary>
internal sealed class AccountLoaders(Loading loading)
{
    public BatchDataLoader<Guid, LedgerSummary> Summaries { get; } = loading.Batch<Guid, LedgerSummary>(
        (db, ids) => db.Accounts.Where(a => ids.Contains(a.Id)).Select(LedgerSummary.WithSummary(db)).Select(x => x.Summary),
        s => s.AccountId);

    /// <summary>Notes written on the account, newest first.</summary>
    public GroupDataLoader<Guid, Note> Notes { get; } = loading.Group<Guid, Note>(
        (db, ids) => db.Notes.AsNoTracking().Where(n => n.AccountId != null && ids.Contains(n.AccountId.Value)).OrderByDescending(n => n.CreatedAt),
        n => n.AccountId!.Value);

    /// <summary>The newest ledger transactions of each account (key: account and how many).</summary>
    public GroupDataLoader<(Guid AccountId, int Last), LedgerTransaction> Transactions { get; } = new(
        loading.Scheduler, async (keys, cancellationToken) =>
        {
            await using var db = await loading.ContextAsync(cancellationToken);
            var found = new List<((Guid, int), LedgerTransaction)>();
            foreach (var group in keys.GroupBy(k => k.Last))
            {
                var ids = group.Select(k => k.AccountId).ToArray();
                var last = group.Key;
                // A lateral join: each account's newest rows straight off the (account_id, posted_at) index.
                var rows = await db.Accounts
                    .Where(a => ids.Contains(a.Id))
                    .SelectMany(a => db.LedgerTransactions.Where(t => t.AccountId == a.Id)
                        .OrderByDescending(t => t.PostedAt).ThenByDescending(t => t.Id).Take(last))
                    .AsNoTracking()
                    .ToListAsync(cancellationToken);
                found.AddRange(rows.OrderByDescending(t => t.PostedAt).ThenByDescending(t => t.Id).Select(t => ((t.AccountId, last), t)));
            }

            return found.ToLookup(f => f.Item1, f => f.Item2);
        });

    public Task<LedgerSummary?> SummaryAsync(Guid accountId) => Summaries.LoadAsync(accountId);
}
