namespace DebtHub.Infrastructure.Seeding;

// One record per table row, in the column order of 0001_initial.sql; enums travel as their names, like EF stores them.

internal sealed record CreditorRow(
    Guid Id, string Name, string Regime, DateTimeOffset CreatedAt, int MaximumPlanTermMonths, decimal MinimumInstallment,
    decimal SettlementFloorPercent);

internal sealed record PortfolioRow(Guid Id, Guid CreditorId, string Name, DateOnly PlacedOn, DateTimeOffset CreatedAt);

internal sealed record TeamRow(Guid Id, string Name, Guid? SupervisorId, DateTimeOffset CreatedAt);

internal sealed record CollectorRow(
    Guid Id, string UserName, string DisplayName, string Role, Guid? TeamId, string[] Languages, string[] StateLicences,
    bool IsActive, DateTimeOffset CreatedAt);

internal sealed record DebtorRow(
    Guid Id, string Kind, string? FirstName, string? MiddleName, string? LastName, string? BusinessName,
    DateOnly? DateOfBirth, byte[]? SsnCipher, string? SsnLastFour, byte[]? SsnMatchHash, string PreferredLanguage,
    DateOnly? DeceasedDiedOn, string? DeceasedSource, DateTimeOffset? DeceasedReportedAt,
    int? BankruptcyChapter, string? BankruptcyCaseNumber, DateOnly? BankruptcyFiledOn, string? BankruptcySource,
    DateTimeOffset? BankruptcyReportedAt, DateOnly? MilitaryActiveSince, DateOnly? MilitaryActiveUntil,
    string? MilitarySource, string? StatedLocation, DateTimeOffset CreatedAt);

internal sealed record AddressRow(
    Guid Id, Guid DebtorId, string Type, string Line1, string? Line2, string City, string State, string Zip,
    string Status, string Source, DateTimeOffset FirstSeenAt, DateTimeOffset LastSeenAt);

internal sealed record EmailRow(
    Guid Id, Guid DebtorId, string Address, bool IsWorkEmail, string Source, DateTimeOffset? OptedOutAt, DateTimeOffset AddedAt);

internal sealed record PhoneRow(
    Guid Id, Guid DebtorId, string Number, string LineType, string Status, string Source, bool IsWorkNumber,
    bool EmployerProhibitsCalls, DateTimeOffset? DoNotCallSince, bool TextsOptedOut, DateTimeOffset AddedAt);

internal sealed record ConsentRow(Guid Id, Guid PhoneId, string Scope, string Source, DateTimeOffset ObtainedAt, DateTimeOffset? RevokedAt);

internal sealed record InconvenientTimeRow(
    Guid Id, Guid DebtorId, Guid? PhoneId, short[] Days, TimeOnly StartLocal, TimeOnly EndLocal, string TimeZoneId, DateTimeOffset StatedAt);

internal sealed record AccountRow(
    Guid Id, Guid DebtorId, Guid CreditorId, Guid PortfolioId, string CreditorAccountNumber, string OriginalCreditor,
    string CurrentCreditor, string Type, string Currency, DateOnly ItemizationDate, decimal ItemizationAmount,
    DateOnly? ChargeOffDate, DateOnly? DelinquencyDate, DateOnly? LastPaymentDate, DateOnly? StatuteOfLimitationsDate,
    string GoverningState, string Status, Guid? AssignedCollectorId, DateTimeOffset? FirstCommunicationAt,
    DateTimeOffset? ValidationNoticeSentAt, DateOnly? ValidationPeriodEndsOn, DateTimeOffset PlacedAt,
    decimal PrincipalBalance, decimal InterestBalance, decimal FeeBalance);

internal sealed record HoldRow(
    Guid Id, Guid AccountId, string Kind, string Reason, string? Details, DateTimeOffset PlacedAt, string PlacedBy,
    DateTimeOffset? LiftedAt, string? LiftedBy, string? LiftReason);

internal sealed record LedgerRow(
    Guid Id, Guid AccountId, string Kind, decimal PrincipalDelta, decimal InterestDelta, decimal FeeDelta, string Currency,
    DateOnly EffectiveOn, DateTimeOffset PostedAt, string? IdempotencyKey, Guid? RelatedTransactionId, string? Reason,
    string? PostedBy);

/// <summary>The rows of a slice of the portfolio, written together and then dropped, so memory stays flat at any size.</summary>
internal sealed class SeedChunk
{
    public List<DebtorRow> Debtors { get; } = [];

    public List<AddressRow> Addresses { get; } = [];

    public List<PhoneRow> Phones { get; } = [];

    public List<ConsentRow> Consents { get; } = [];

    public List<EmailRow> Emails { get; } = [];

    public List<InconvenientTimeRow> InconvenientTimes { get; } = [];

    public List<AccountRow> Accounts { get; } = [];

    public List<HoldRow> Holds { get; } = [];

    public List<LedgerRow> Ledger { get; } = [];
}
