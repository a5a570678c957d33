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
/// lines' deltas. One SQL pass (a grouped sum joined to the accounts), so it runs on a whole book at once.
/// </summary>
public sealed class BalanceCheck(IDbContextFactory<DebtHubDbContext> contexts)
{
    public async Task<BalanceCheckResult> RunAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var count = await db.Accounts.CountAsync(cancellationToken);
        var off = await db.Accounts.AsNoTracking()
            .Select(a => new
            {
                a.Id,
                Principal = a.PrincipalBalance - db.LedgerTransactions.Where(t => t.AccountId == a.Id).Sum(t => t.PrincipalDelta),
                Interest = a.InterestBalance - db.LedgerTransactions.Where(t => t.AccountId == a.Id).Sum(t => t.InterestDelta),
                Fees = a.FeeBalance - db.LedgerTransactions.Where(t => t.AccountId == a.Id).Sum(t => t.FeeDelta),
            })
            .Where(d => d.Principal != 0m || d.Interest != 0m || d.Fees != 0m)
            .OrderBy(d => d.Id)
            .ToListAsync(cancellationToken);
        var mismatches = off.Select(d => new BalanceMismatch(d.Id, new[] { ("principal", d.Principal), ("interest", d.Interest), ("fees", d.Fees) }
            .Where(b => b.Item2 != 0m).Select(b => b.Item1).ToArray())).ToList();
        return new BalanceCheckResult(count, mismatches);
    }
}
