using DebtHub.Domain.Common;

namespace DebtHub.Domain.Creditors;

/// <summary>
/// The guardrails a creditor sets for resolving its accounts; a collector may offer anything inside them, and a
/// supervisor must approve anything beyond.
/// </summary>
public sealed record CreditorRules
{
    public CreditorRules(decimal settlementFloorPercent, decimal minimumInstallment, int maximumPlanTermMonths)
    {
        if (settlementFloorPercent is < 0m or > 100m)
        {
            throw new DomainException("INVALID_RULES", "The settlement floor must be between 0% and 100% of the balance.");
        }

        if (minimumInstallment < 0m)
        {
            throw new DomainException("INVALID_RULES", "The minimum installment cannot be negative.");
        }

        if (maximumPlanTermMonths is < 1 or > 120)
        {
            throw new DomainException("INVALID_RULES", "The maximum plan term must be between 1 and 120 months.");
        }

        SettlementFloorPercent = settlementFloorPercent;
        MinimumInstallment = minimumInstallment;
        MaximumPlanTermMonths = maximumPlanTermMonths;
    }

    /// <summary>The lowest settlement, as a percentage of the balance, a collector may accept without approval.</summary>
    public decimal SettlementFloorPercent { get; }

    /// <summary>The smallest installment of a payment plan, in the account's currency.</summary>
    public decimal MinimumInstallment { get; }

    public int MaximumPlanTermMonths { get; }

    public static CreditorRules Default { get; } = new(60m, 25m, 24);
}
