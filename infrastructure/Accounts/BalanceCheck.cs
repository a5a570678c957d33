using DebtHub.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DebtHub.Infrastructure.Accounts;

/// <summary>An account whose stored bucket balances differ from the sum of its ledger lines, and which buckets differ.</summary>
public sealed record BalanceMismatch(Guid AccountId, IReadOnlyList<string> Buckets);

public sealed record BalanceCheckResult(int AccountsChecked, IReadOnlyList<BalanceMismatch> Mismatches)
{
    public bool Balanced => Mismatches.Count == 0;
}

/// <summary>
/// Proves the ledger invariant: each account's stored principal, interest and fee balances equal the sums of its ledger
/// lines' deltas, over a whole book at once.
/// </summary>
public sealed class BalanceCheck(IDbContextFactory<DebtHubDbContext> contexts)
{
    public async Task<BalanceCheckResult> RunAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // Two streaming reads (the ledger grouped by account, the accounts' stored buckets) joined in memory: a correlated
        // sum per account makes PostgreSQL re-scan the ledger index three times per row.
        var ledger = await db.LedgerTransactions.AsNoTracking()
            .GroupBy(t => t.AccountId)
            .Select(g => new { AccountId = g.Key, Principal = g.Sum(t => t.PrincipalDelta), Interest = g.Sum(t => t.InterestDelta), Fees = g.Sum(t => t.FeeDelta) })
            .ToDictionaryAsync(g => g.AccountId, cancellationToken);
        var stored = await db.Accounts.AsNoTracking()
            .Select(a => new { a.Id, a.PrincipalBalance, a.InterestBalance, a.FeeBalance })
            .ToListAsync(cancellationToken);
        var count = stored.Count;
        var off = stored
            .Select(a => ledger.TryGetValue(a.Id, out var sum)
                ? new { a.Id, Principal = a.PrincipalBalance - sum.Principal, Interest = a.InterestBalance - sum.Interest, Fees = a.FeeBalance - sum.Fees }
                : new { a.Id, Principal = a.PrincipalBalance, Interest = a.InterestBalance, Fees = a.FeeBalance })
            .Where(d => d.Principal != 0m || d.Interest != 0m || d.Fees != 0m)
            .OrderBy(d => d.Id)
            .ToList();
        var mismatches = off.Select(d => new BalanceMismatch(d.Id, new[] { ("principal", d.Principal), ("interest", d.Interest), ("fees", d.Fees) }
            .Where(b => b.Item2 != 0m).Select(b => b.Item1).ToArray())).ToList();
        return new BalanceCheckResult(count, mismatches);
    }
}
