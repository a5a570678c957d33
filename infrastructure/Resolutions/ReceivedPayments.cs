using DebtHub.Domain.Accounts;
using DebtHub.Domain.Resolutions.Scheduling;

namespace DebtHub.Infrastructure.Resolutions;

/// <summary>The ledger columns that tell what money reached an account.</summary>
internal readonly record struct PaymentLedgerLine(Guid Id, Guid AccountId, TransactionKind Kind, Guid? RelatedTransactionId, DateOnly EffectiveOn, decimal Amount);

/// <summary>
/// Turns ledger lines into the payments that count toward plans and promises: each payment on its effective date, less
/// what was refunded out of it, and nothing at all for a payment that was reversed (NSF, chargeback).
/// </summary>
internal static class ReceivedPayments
{
    public static IReadOnlyList<ReceivedPayment> From(IEnumerable<PaymentLedgerLine> lines)
    {
        var list = lines as IReadOnlyCollection<PaymentLedgerLine> ?? lines.ToList();
        var reversed = list.Where(l => l.Kind == TransactionKind.Reversal && l.RelatedTransactionId is not null)
            .Select(l => l.RelatedTransactionId!.Value).ToHashSet();
        var refunded = list.Where(l => l.Kind == TransactionKind.Refund && l.RelatedTransactionId is not null)
            .GroupBy(l => l.RelatedTransactionId!.Value)
            .ToDictionary(g => g.Key, g => g.Sum(l => l.Amount));

        // In the ledger a payment lowers the balance (negative) and a refund raises it (positive).
        return list.Where(l => l.Kind == TransactionKind.Payment && !reversed.Contains(l.Id))
            .Select(l => new ReceivedPayment(l.EffectiveOn, -l.Amount - refunded.GetValueOrDefault(l.Id)))
            .Where(p => p.Amount > 0m)
            .OrderBy(p => p.EffectiveOn)
            .ToList();
    }
}
