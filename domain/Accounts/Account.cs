using DebtHub.Domain.Common;

namespace DebtHub.Domain.Accounts;

/// <summary>
/// One debt placed with us. Its balance is kept per bucket and changes only through ledger transactions posted here,
/// so the stored balances always equal the sum of the ledger (checked by the persistence tests and a SQL check).
/// </summary>
public sealed partial class Account
{
    private readonly List<AccountHold> _holds = [];
    private readonly List<LedgerTransaction> _transactions = [];

    private Account()
    {
        CreditorAccountNumber = OriginalCreditor = CurrentCreditor = GoverningState = string.Empty;
        Currency = CurrencyCode.UsDollar;
    }

    public Guid Id { get; private set; }

    public Guid DebtorId { get; private set; }

    public Guid CreditorId { get; private set; }

    public Guid PortfolioId { get; private set; }

    public string CreditorAccountNumber { get; private set; }

    public string OriginalCreditor { get; private set; }

    public string CurrentCreditor { get; private set; }

    public AccountType Type { get; private set; }

    public string Currency { get; private set; }

    /// <summary>The Reg F itemization date (12 CFR 1006.34(b)(3)) and the amount owed on it.</summary>
    public DateOnly ItemizationDate { get; private set; }

    public decimal ItemizationAmount { get; private set; }

    public DateOnly? ChargeOffDate { get; private set; }

    public DateOnly? DelinquencyDate { get; private set; }

    public DateOnly? LastPaymentDate { get; private set; }

    /// <summary>After this date the debt is time-barred: no suit and no threat of suit (12 CFR 1006.26(b)).</summary>
    public DateOnly? StatuteOfLimitationsDate { get; private set; }

    /// <summary>The state whose law governs the debt (statute of limitations, licensing).</summary>
    public string GoverningState { get; private set; }

    public AccountStatus Status { get; private set; }

    public Guid? AssignedCollectorId { get; private set; }

    public DateTimeOffset? FirstCommunicationAt { get; private set; }

    public DateTimeOffset? ValidationNoticeSentAt { get; private set; }

    public DateOnly? ValidationPeriodEndsOn { get; private set; }

    public DateTimeOffset PlacedAt { get; private set; }

    public decimal PrincipalBalance { get; private set; }

    public decimal InterestBalance { get; private set; }

    public decimal FeeBalance { get; private set; }

    /// <summary>Optimistic concurrency: two writers never both change the balance from the same starting point.</summary>
    public uint Version { get; private set; }

    public IReadOnlyList<AccountHold> Holds => _holds;

    /// <summary>The transactions loaded with the account, plus any posted since; the ledger itself lives in the database.</summary>
    public IReadOnlyList<LedgerTransaction> Transactions => _transactions;

    public Buckets Balances => new(PrincipalBalance, InterestBalance, FeeBalance);

    public Money Balance => new(PrincipalBalance + InterestBalance + FeeBalance, Currency);

    public bool IsFinished => AccountStatusTransitions.IsFinished(Status);

    public IEnumerable<AccountHold> ActiveHolds => _holds.Where(h => h.IsActive);

    public static Account Place(AccountPlacement placement, DateTimeOffset now)
    {
        if (placement.Principal.Amount <= 0m)
        {
            throw new DomainException("INVALID_AMOUNT", "A placed account must owe more than zero.");
        }

        if (placement.Principal.Amount > 100_000_000m)
        {
            throw new DomainException("INVALID_AMOUNT", "A placed balance above 100,000,000 is not plausible for one account.");
        }

        var today = DateOnly.FromDateTime(now.UtcDateTime);
        if (placement.ItemizationDate > today)
        {
            throw new DomainException("INVALID_DATE", "The itemization date cannot be in the future.");
        }

        if (placement.ChargeOffDate is { } chargeOff && chargeOff > today)
        {
            throw new DomainException("INVALID_DATE", "The charge-off date cannot be in the future.");
        }

        var account = new Account
        {
            Id = Ids.New(now),
            DebtorId = placement.DebtorId,
            CreditorId = placement.CreditorId,
            PortfolioId = placement.PortfolioId,
            CreditorAccountNumber = Text.Required(placement.CreditorAccountNumber, "Creditor account number", 64),
            OriginalCreditor = Text.Required(placement.OriginalCreditor, "Original creditor", 200),
            CurrentCreditor = Text.Required(placement.CurrentCreditor, "Current creditor", 200),
            Type = placement.Type,
            Currency = placement.Principal.Currency,
            ItemizationDate = placement.ItemizationDate,
            ItemizationAmount = placement.Principal.Amount + placement.Interest + placement.Fees,
            ChargeOffDate = placement.ChargeOffDate,
            DelinquencyDate = placement.DelinquencyDate,
            LastPaymentDate = placement.LastPaymentDate,
            StatuteOfLimitationsDate = placement.StatuteOfLimitationsDate,
            GoverningState = UsState.Normalize(placement.GoverningState),
            Status = AccountStatus.New,
            PlacedAt = now,
        };

        if (placement.Interest < 0m || placement.Fees < 0m)
        {
            throw new DomainException("INVALID_AMOUNT", "Placed interest and fees cannot be negative.");
        }

        account.Post(TransactionKind.Charge, new Buckets(placement.Principal.Amount, placement.Interest, placement.Fees),
            placement.ItemizationDate, now, reason: "Placement");
        return account;
    }

    public void AssignTo(Guid? collectorId) => AssignedCollectorId = collectorId;

    public void ChangeStatus(AccountStatus to)
    {
        if (!AccountStatusTransitions.IsAllowed(Status, to))
        {
            throw new DomainException("INVALID_STATUS_CHANGE", $"An account that is {Status} cannot become {to}.");
        }

        Status = to;
    }

    public void RecordFirstCommunication(DateTimeOffset at) => FirstCommunicationAt ??= at;

    /// <summary>
    /// Records the validation notice. The validation period ends 30 days after assumed receipt, and receipt is assumed
    /// 5 days after sending excluding weekends and federal holidays (12 CFR 1006.34(b)(5)); the caller passes that date.
    /// </summary>
    public void RecordValidationNotice(DateTimeOffset sentAt, DateOnly periodEndsOn)
    {
        if (periodEndsOn <= DateOnly.FromDateTime(sentAt.UtcDateTime))
        {
            throw new DomainException("INVALID_DATE", "The validation period must end after the notice is sent.");
        }

        ValidationNoticeSentAt = sentAt;
        ValidationPeriodEndsOn = periodEndsOn;
        if (Status == AccountStatus.New)
        {
            Status = AccountStatus.Active;
        }
    }
}
