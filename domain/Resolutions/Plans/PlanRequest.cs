using DebtHub.Domain.Common;
using DebtHub.Domain.Resolutions.Scheduling;

namespace DebtHub.Domain.Resolutions.Plans;

/// <summary>
/// What a collector proposes. An installment plan covers the account's balance; a settlement covers
/// <see cref="SettlementAmount"/>. Give exactly one of <see cref="InstallmentCount"/> and <see cref="InstallmentAmount"/>
/// (a lump-sum settlement is a count of one).
/// </summary>
public sealed record PlanRequest(
    PlanKind Kind,
    PaymentFrequency Frequency,
    DateOnly FirstDueOn,
    int? InstallmentCount = null,
    Money? InstallmentAmount = null,
    Money? SettlementAmount = null,
    int GraceDays = PlanRequest.DefaultGraceDays,
    bool RequestApproval = false)
{
    public const int DefaultGraceDays = 3;

    public const int MaximumGraceDays = 15;
}
