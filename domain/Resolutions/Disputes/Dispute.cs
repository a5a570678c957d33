using DebtHub.Domain.Accounts;
using DebtHub.Domain.Common;

namespace DebtHub.Domain.Resolutions.Disputes;

/// <summary>
/// A consumer's dispute of a debt. A timely (received by the end of the validation period) written dispute puts the
/// account's dispute hold on: collection stops until verification is recorded (12 CFR 1006.38(d)(2)). Oral or late
/// disputes are recorded, and the debt reported as disputed, but do not stop collection. A dispute with the same reason
/// as an earlier one and nothing new is recognised as a duplicate and places no second hold.
/// </summary>
public sealed class Dispute
{
    private Dispute()
    {
        Summary = RecordedBy = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid AccountId { get; private set; }

    public DisputeChannel Channel { get; private set; }

    public DisputeReason Reason { get; private set; }

    public string Summary { get; private set; }

    public DateOnly ReceivedOn { get; private set; }

    /// <summary>Received on or before the validation period's last day (or before any validation notice was sent).</summary>
    public bool IsTimely { get; private set; }

    public bool HasNewInformation { get; private set; }

    public DisputeStatus Status { get; private set; }

    /// <summary>The earlier dispute this one repeats.</summary>
    public Guid? DuplicateOfId { get; private set; }

    /// <summary>The dispute hold this dispute keeps on the account (shared when two open disputes stand at once).</summary>
    public Guid? HoldId { get; private set; }

    public string RecordedBy { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    public DateTimeOffset? VerifiedAt { get; private set; }

    public string? VerifiedBy { get; private set; }

    public string? VerificationSummary { get; private set; }

    /// <summary>Whether this dispute is what stops collection right now.</summary>
    public bool HoldsCollection => HoldId is not null && Status == DisputeStatus.Open;

    public static Dispute Record(
        Account account, DisputeChannel channel, DisputeReason reason, string summary, DateOnly receivedOn, bool hasNewInformation,
        IReadOnlyList<Dispute> earlierDisputes, Actor recordedBy, DateTimeOffset now)
    {
        if (receivedOn > DateOnly.FromDateTime(now.UtcDateTime))
        {
            throw new DomainException("INVALID_DATE", "A dispute cannot be received in the future.");
        }

        if (earlierDisputes.Any(d => d.AccountId != account.Id))
        {
            throw new DomainException("WRONG_ACCOUNT", "Earlier disputes must belong to the same account.");
        }

        var dispute = new Dispute
        {
            Id = Ids.New(now),
            AccountId = account.Id,
            Channel = channel,
            Reason = reason,
            Summary = Text.Required(summary, "Dispute summary", 2000),
            ReceivedOn = receivedOn,
            IsTimely = account.ValidationPeriodEndsOn is not { } end || receivedOn <= end,
            HasNewInformation = hasNewInformation,
            Status = DisputeStatus.Open,
            RecordedBy = recordedBy.UserName,
            RecordedAt = now,
        };

        var original = hasNewInformation
            ? null
            // An oral dispute never stands in for a written one: the written dispute is what triggers the hold.
            : earlierDisputes.Where(d => d.Reason == reason && d.Status != DisputeStatus.Withdrawn && d.DuplicateOfId is null
                                         && (d.Channel == DisputeChannel.Written || channel == DisputeChannel.Oral))
                .OrderBy(d => d.RecordedAt).FirstOrDefault();
        if (original is not null)
        {
            dispute.DuplicateOfId = original.Id;
            dispute.Status = DisputeStatus.Duplicate;
            return dispute;
        }

        if (channel == DisputeChannel.Written && dispute.IsTimely)
        {
            var hold = account.Holds.FirstOrDefault(h => h.IsActive && h.Kind == HoldKind.Dispute)
                       ?? account.PlaceHold(HoldKind.Dispute, "Timely written dispute pending verification (12 CFR 1006.38(d)(2))",
                           null, recordedBy.UserName, now);
            dispute.HoldId = hold.Id;
        }

        return dispute;
    }

    /// <summary>
    /// Records that verification was sent. The dispute hold is lifted once no other open dispute on the account relies on it.
    /// </summary>
    public void RecordVerification(Account account, string summary, IReadOnlyList<Dispute> otherDisputes, Actor recordedBy, DateTimeOffset now)
    {
        if (account.Id != AccountId)
        {
            throw new DomainException("WRONG_ACCOUNT", "This dispute belongs to another account.");
        }

        if (Status != DisputeStatus.Open)
        {
            throw new DomainException("DISPUTE_NOT_OPEN", $"The dispute is {Status}; verification is recorded once, on an open dispute.");
        }

        VerificationSummary = Text.Required(summary, "Verification summary", 2000);
        VerifiedBy = recordedBy.UserName;
        VerifiedAt = now;
        Status = DisputeStatus.Verified;
        ReleaseHold(account, otherDisputes, recordedBy, "Verification sent", now);
    }

    public void Withdraw(Account account, IReadOnlyList<Dispute> otherDisputes, Actor recordedBy, DateTimeOffset now)
    {
        if (Status != DisputeStatus.Open)
        {
            throw new DomainException("DISPUTE_NOT_OPEN", $"The dispute is {Status}; only an open dispute can be withdrawn.");
        }

        Status = DisputeStatus.Withdrawn;
        ReleaseHold(account, otherDisputes, recordedBy, "Dispute withdrawn by the consumer", now);
    }

    private void ReleaseHold(Account account, IReadOnlyList<Dispute> otherDisputes, Actor actor, string reason, DateTimeOffset now)
    {
        if (HoldId is not { } holdId)
        {
            return;
        }

        var stillNeeded = otherDisputes.Any(d => d.Id != Id && d.HoldId == holdId && d.Status == DisputeStatus.Open);
        var hold = account.Holds.FirstOrDefault(h => h.Id == holdId);
        if (!stillNeeded && hold is { IsActive: true })
        {
            account.LiftHold(holdId, actor.UserName, reason, now);
        }
    }
}
