using DebtHub.Domain.Accounts;

namespace DebtHub.Infrastructure.Accounts;

/// <summary>How payments are applied (configuration section <c>Payments</c>).</summary>
public sealed class PaymentOptions
{
    public const string Section = "Payments";

    /// <summary>
    /// The buckets a payment pays down, first to last: each bucket is paid to zero before the next. By default fees, then
    /// interest, then principal (when not configured); some creditors contract for principal first.
    /// </summary>
    public List<BalanceBucket> ApplicationOrder { get; set; } = [];

    /// <summary>The configured order, or the default (a bound list is appended to, so the default is not pre-filled).</summary>
    public IReadOnlyList<BalanceBucket> Order => ApplicationOrder.Count == 0 ? PaymentApplicationOrder.Default : ApplicationOrder;

    public bool IsValid => ApplicationOrder.Count == 0 || (ApplicationOrder.Count == 3 && ApplicationOrder.Distinct().Count() == 3);
}
