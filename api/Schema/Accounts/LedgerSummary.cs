using System.Linq.Expressions;
using DebtHub.Domain.Accounts;
using DebtHub.Infrastructure.Persistence;

namespace DebtHub.Api.Schema.Accounts;

/// <summary>
/// An account's money at a glance, from its ledger: balance = placed + accrued − paid + adjusted, per bucket as stored.
/// <see cref="Paid"/> is net of reversals and refunds. Init-only properties, so EF Core can compose the projection.
/// </summary>
internal sealed class LedgerSummary
{
    public Guid AccountId { get; init; }

    public decimal Principal { get; init; }

    public decimal Interest { get; init; }

    public decimal Fees { get; init; }

    public decimal Placed { get; init; }

    public decimal Accrued { get; init; }

    public decimal Paid { get; init; }

    public decimal Adjusted { get; init; }

    public DateOnly? LastPaymentOn { get; init; }

    public int TransactionCount { get; init; }

    public decimal Balance => Principal + Interest + Fees;

    /// <summary>An account with its summary, as one SQL projection (an aggregate per kind, on the ledger's account index).</summary>
    public static Expression<Func<Account, AccountWithSummary>> WithSummary(DebtHubDbContext db) => a => new AccountWithSummary
    {
        Account = a,
        Summary = new LedgerSummary
        {
            AccountId = a.Id,
            Principal = a.PrincipalBalance,
            Interest = a.InterestBalance,
            Fees = a.FeeBalance,
            Placed = db.LedgerTransactions.Where(t => t.AccountId == a.Id && t.Kind == TransactionKind.Charge)
                .Sum(t => t.PrincipalDelta + t.InterestDelta + t.FeeDelta),
            Accrued = db.LedgerTransactions.Where(t => t.AccountId == a.Id && (t.Kind == TransactionKind.Interest || t.Kind == TransactionKind.Fee))
                .Sum(t => t.PrincipalDelta + t.InterestDelta + t.FeeDelta),
            Paid = -db.LedgerTransactions.Where(t => t.AccountId == a.Id
                    && (t.Kind == TransactionKind.Payment || t.Kind == TransactionKind.Reversal || t.Kind == TransactionKind.Refund))
                .Sum(t => t.PrincipalDelta + t.InterestDelta + t.FeeDelta),
            Adjusted = db.LedgerTransactions.Where(t => t.AccountId == a.Id && t.Kind == TransactionKind.Adjustment)
                .Sum(t => t.PrincipalDelta + t.InterestDelta + t.FeeDelta),
            LastPaymentOn = db.LedgerTransactions.Where(t => t.AccountId == a.Id && t.Kind == TransactionKind.Payment).Max(t => (DateOnly?)t.EffectiveOn),
            TransactionCount = db.LedgerTransactions.Count(t => t.AccountId == a.Id),
        },
    };
}

internal sealed class AccountWithSummary
{
    public required Account Account { get; init; }

    public required LedgerSummary Summary { get; init; }
}
