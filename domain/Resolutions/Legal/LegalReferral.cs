using System.Globalization;
using DebtHub.Domain.Accounts;
using DebtHub.Domain.Common;

namespace DebtHub.Domain.Resolutions.Legal;

/// <summary>
/// An account sent to an attorney or the legal queue, with the suit, judgments and liens that follow. A referral for
/// suit on a time-barred debt, or on one whose limitation date is unknown, is refused with the reason: suing or
/// threatening suit on a time-barred debt is prohibited outright (12 CFR 1006.26(b)).
/// </summary>
public sealed class LegalReferral : IShapesAccountStatus
{
    private readonly List<Judgment> _judgments = [];
    private readonly List<Lien> _liens = [];

    private LegalReferral()
    {
        Reason = ReferredBy = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid AccountId { get; private set; }

    public LegalVenue Venue { get; private set; }

    public LegalPurpose Purpose { get; private set; }

    /// <summary>For an attorney referral: the attorney's name, firm and contact.</summary>
    public string? Attorney { get; private set; }

    public string Reason { get; private set; }

    public LegalReferralStatus Status { get; private set; }

    /// <summary>The limitation date the referral was checked against, kept as evidence of the check.</summary>
    public DateOnly? StatuteOfLimitationsDate { get; private set; }

    public string ReferredBy { get; private set; }

    public DateTimeOffset ReferredAt { get; private set; }

    public string? Court { get; private set; }

    public string? CaseNumber { get; private set; }

    public DateOnly? SuitFiledOn { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    public string? ClosingReason { get; private set; }

    public IReadOnlyList<Judgment> Judgments => _judgments;

    public IReadOnlyList<Lien> Liens => _liens;

    public bool IsOpen => IsOpenStatus(Status);

    public static LegalReferral Refer(
        Account account, LegalVenue venue, LegalPurpose purpose, string? attorney, string reason, Actor referredBy, DateTimeOffset now)
    {
        if (account.IsFinished)
        {
            throw new DomainException("ACCOUNT_FINISHED", $"The account is {account.Status}; it cannot be referred to legal.");
        }

        if (purpose == LegalPurpose.Suit)
        {
            RequireNotTimeBarred(account, ResolutionGuards.Today(now));
        }

        if (purpose != LegalPurpose.Review)
        {
            // Review stays possible: counsel may need to look at a disputed or bankrupt account precisely because of it.
            ResolutionGuards.RequireCollectible(account);
        }

        if (venue == LegalVenue.Attorney && string.IsNullOrWhiteSpace(attorney))
        {
            throw new DomainException("REQUIRED", "A referral to an attorney needs the attorney's name and firm.");
        }

        return new LegalReferral
        {
            Id = Ids.New(now),
            AccountId = account.Id,
            Venue = venue,
            Purpose = purpose,
            Attorney = Text.Optional(attorney, "Attorney", 300),
            Reason = Text.Required(reason, "Reason for referral", 1000),
            Status = LegalReferralStatus.Referred,
            StatuteOfLimitationsDate = account.StatuteOfLimitationsDate,
            ReferredBy = referredBy.UserName,
            ReferredAt = now,
        };
    }

    /// <summary>Records the suit; the limitation date is checked again against the filing date (12 CFR 1006.26(b)).</summary>
    public void RecordSuitFiled(Account account, string court, string caseNumber, DateOnly filedOn, DateTimeOffset now)
    {
        RequireStatus(LegalReferralStatus.Referred, "a suit can be filed");
        if (Purpose != LegalPurpose.Suit)
        {
            throw new DomainException("NOT_A_SUIT_REFERRAL", $"This referral is for {Purpose}, not for suit.");
        }

        RequireNotTimeBarred(account, filedOn);

        // Filing suit is collection: not on a finished account, during a dispute awaiting verification or a bankruptcy stay.
        ResolutionGuards.RequireCollectible(account);
        if (filedOn > ResolutionGuards.Today(now))
        {
            throw new DomainException("INVALID_DATE", "A suit cannot be filed in the future.");
        }

        Court = Text.Required(court, "Court", 200);
        CaseNumber = Text.Required(caseNumber, "Case number", 100);
        SuitFiledOn = filedOn;
        Status = LegalReferralStatus.SuitFiled;
    }

    public Judgment RecordJudgment(string court, string caseNumber, Money amount, DateOnly enteredOn, Actor recordedBy, DateTimeOffset now)
    {
        if (!IsOpen)
        {
            throw new DomainException("REFERRAL_CLOSED", $"The referral is {Status}.");
        }

        RequireNotFuture(enteredOn, now);
        if (amount.Amount <= 0m)
        {
            throw new DomainException("INVALID_AMOUNT", "A judgment amount must be greater than zero.");
        }

        var judgment = Judgment.Create(Id, court, caseNumber, amount.Amount, enteredOn, recordedBy.UserName, now);
        _judgments.Add(judgment);
        Status = LegalReferralStatus.JudgmentEntered;
        return judgment;
    }

    public Lien RecordLien(string description, string jurisdiction, string? instrumentNumber, Money amount, DateOnly recordedOn, Actor recordedBy, DateTimeOffset now)
    {
        if (!IsOpen)
        {
            throw new DomainException("REFERRAL_CLOSED", $"The referral is {Status}.");
        }

        RequireNotFuture(recordedOn, now);
        if (amount.Amount <= 0m)
        {
            throw new DomainException("INVALID_AMOUNT", "A lien amount must be greater than zero.");
        }

        var lien = Lien.Create(Id, description, jurisdiction, instrumentNumber, amount.Amount, recordedOn, recordedBy.UserName, now);
        _liens.Add(lien);
        return lien;
    }

    public void ReleaseLien(Guid lienId, DateOnly releasedOn, DateTimeOffset now)
    {
        RequireNotFuture(releasedOn, now);
        var lien = _liens.Find(l => l.Id == lienId) ?? throw new DomainException("UNKNOWN_LIEN", "That lien does not belong to this referral.");
        lien.Release(releasedOn);
    }

    /// <summary>Takes the account back from the attorney (recall) or closes the referral when legal work is done.</summary>
    public void Close(bool recalled, string reason, DateTimeOffset now)
    {
        if (!IsOpen)
        {
            throw new DomainException("REFERRAL_CLOSED", $"The referral is already {Status}.");
        }

        ClosingReason = Text.Required(reason, "Reason", 500);
        ClosedAt = now;
        Status = recalled ? LegalReferralStatus.Recalled : LegalReferralStatus.Closed;
    }

    public static bool IsOpenStatus(LegalReferralStatus status) =>
        status is LegalReferralStatus.Referred or LegalReferralStatus.SuitFiled or LegalReferralStatus.JudgmentEntered;

    /// <summary>The reason a suit on the account would be refused on <paramref name="on"/>, or null when it is allowed.</summary>
    public static string? SuitBlockedReason(Account account, DateOnly on) => account.StatuteOfLimitationsDate switch
    {
        null => "The statute of limitations date is unknown; a suit needs a known, unexpired limitation date (12 CFR 1006.26(b)).",
        { } sol when on > sol => string.Create(CultureInfo.InvariantCulture,
            $"The debt is time-barred: the statute of limitations ({account.GoverningState}) expired on {sol:yyyy-MM-dd}; suing or threatening suit is prohibited (12 CFR 1006.26(b))."),
        _ => null,
    };

    private static void RequireNotTimeBarred(Account account, DateOnly on)
    {
        if (SuitBlockedReason(account, on) is { } reason)
        {
            throw new DomainException(account.StatuteOfLimitationsDate is null ? "LIMITATION_DATE_UNKNOWN" : "TIME_BARRED", reason);
        }
    }

    private void RequireStatus(LegalReferralStatus status, string what)
    {
        if (Status != status)
        {
            throw new DomainException("INVALID_REFERRAL_STATE", $"The referral is {Status}; {what} only when it is {status}.");
        }
    }

    private static void RequireNotFuture(DateOnly date, DateTimeOffset now)
    {
        if (date > ResolutionGuards.Today(now))
        {
            throw new DomainException("INVALID_DATE", "The date cannot be in the future.");
        }
    }
}
