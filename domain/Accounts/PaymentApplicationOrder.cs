using DebtHub.Domain.Common;

namespace DebtHub.Domain.Accounts;

/// <summary>The order in which a payment pays down the buckets; the usual default is fees, then interest, then principal.</summary>
public static class PaymentApplicationOrder
{
    public static IReadOnlyList<BalanceBucket> Default { get; } = [BalanceBucket.Fees, BalanceBucket.Interest, BalanceBucket.Principal];

    public static IReadOnlyList<BalanceBucket> Validate(IReadOnlyList<BalanceBucket> order) =>
        order.Count == 3 && order.Distinct().Count() == 3
            ? order
            : throw new DomainException("INVALID_ORDER", "The payment order must name principal, interest and fees once each.");
}
