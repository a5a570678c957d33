using DebtHub.Domain.Common;

namespace DebtHub.Domain.Accounts;

/// <summary>What a creditor tells us when it places one account.</summary>
public sealed record AccountPlacement(
    Guid DebtorId,
    Guid CreditorId,
    Guid PortfolioId,
    string CreditorAccountNumber,
    string OriginalCreditor,
    string CurrentCreditor,
    AccountType Type,
    Money Principal,
    decimal Interest,
    decimal Fees,
    DateOnly ItemizationDate,
    DateOnly? ChargeOffDate,
    DateOnly? DelinquencyDate,
    DateOnly? LastPaymentDate,
    DateOnly? StatuteOfLimitationsDate,
    string GoverningState);
