namespace DebtHub.Domain.Resolutions.Plans;

public enum GuardrailKind
{
    MinimumInstallment,
    MaximumTerm,
    SettlementFloor,
}

/// <summary>One way a proposal goes beyond the creditor's rules, worded for the supervisor who must decide.</summary>
public sealed record GuardrailBreach(GuardrailKind Kind, string Message);
