using DebtHub.Domain.Accounts;
using DebtHub.Domain.Common;
using DebtHub.Domain.Resolutions.Disputes;
using static DebtHub.Domain.Tests.Resolutions.Given;

namespace DebtHub.Domain.Tests.Resolutions;

public sealed class DisputeTests
{
    private static readonly DateOnly PeriodEnds = new(2026, 12, 10);

    private static Dispute Record(Account account, DisputeChannel channel, DateOnly receivedOn, IReadOnlyList<Dispute>? earlier = null,
        DisputeReason reason = DisputeReason.NotMyDebt, bool newInformation = false) =>
        Dispute.Record(account, channel, reason, "Says the card was never theirs", receivedOn, newInformation, earlier ?? [], Ana, Now);

    [Fact]
    public void A_timely_written_dispute_puts_the_account_on_dispute_hold()
    {
        var account = Place(validationEndsOn: PeriodEnds);

        var dispute = Record(account, DisputeChannel.Written, Today);

        Assert.True(dispute.IsTimely);
        Assert.True(dispute.HoldsCollection);
        Assert.True(account.HasActiveHold(HoldKind.Dispute));
    }

    [Fact]
    public void A_written_dispute_received_on_the_last_day_of_the_validation_period_is_timely()
    {
        var account = Place(validationEndsOn: Today);

        Assert.True(Record(account, DisputeChannel.Written, Today).IsTimely);
    }

    [Fact]
    public void A_written_dispute_after_the_validation_period_is_late_and_does_not_stop_collection()
    {
        var account = Place(validationEndsOn: Today.AddDays(-1));

        var dispute = Record(account, DisputeChannel.Written, Today);

        Assert.False(dispute.IsTimely);
        Assert.False(account.HasActiveHold(HoldKind.Dispute));
        Assert.Equal(DisputeStatus.Open, dispute.Status);
    }

    [Fact]
    public void An_oral_dispute_inside_the_validation_period_does_not_stop_collection()
    {
        var account = Place(validationEndsOn: PeriodEnds);

        var dispute = Record(account, DisputeChannel.Oral, Today);

        Assert.True(dispute.IsTimely);
        Assert.False(account.HasActiveHold(HoldKind.Dispute));
    }

    [Fact]
    public void Recording_verification_lifts_the_dispute_hold()
    {
        var account = Place(validationEndsOn: PeriodEnds);
        var dispute = Record(account, DisputeChannel.Written, Today);

        dispute.RecordVerification(account, "Sent signed statement copy", [dispute], Sam, Now.AddDays(5));

        Assert.Equal(DisputeStatus.Verified, dispute.Status);
        Assert.False(account.HasActiveHold(HoldKind.Dispute));
    }

    [Fact]
    public void The_same_dispute_again_without_new_information_is_a_duplicate_and_places_no_second_hold()
    {
        var account = Place(validationEndsOn: PeriodEnds);
        var first = Record(account, DisputeChannel.Written, Today.AddDays(-3));
        first.RecordVerification(account, "Verified", [first], Sam, Now.AddDays(-1));

        var again = Record(account, DisputeChannel.Written, Today, [first]);

        Assert.Equal(DisputeStatus.Duplicate, again.Status);
        Assert.Equal(first.Id, again.DuplicateOfId);
        Assert.False(account.HasActiveHold(HoldKind.Dispute));
    }

    [Fact]
    public void A_repeat_dispute_with_new_information_is_a_new_dispute()
    {
        var account = Place(validationEndsOn: PeriodEnds);
        var first = Record(account, DisputeChannel.Written, Today.AddDays(-3));
        first.RecordVerification(account, "Verified", [first], Sam, Now.AddDays(-1));

        var again = Record(account, DisputeChannel.Written, Today, [first], newInformation: true);

        Assert.Equal(DisputeStatus.Open, again.Status);
        Assert.True(account.HasActiveHold(HoldKind.Dispute));
    }

    [Fact]
    public void A_written_dispute_after_an_oral_one_for_the_same_reason_still_stops_collection()
    {
        var account = Place(validationEndsOn: PeriodEnds);
        var oral = Record(account, DisputeChannel.Oral, Today.AddDays(-2));

        var written = Record(account, DisputeChannel.Written, Today, [oral]);

        Assert.Null(written.DuplicateOfId);
        Assert.True(account.HasActiveHold(HoldKind.Dispute));
    }

    [Fact]
    public void The_hold_stays_until_every_open_written_dispute_sharing_it_is_verified()
    {
        var account = Place(validationEndsOn: PeriodEnds);
        var notMine = Record(account, DisputeChannel.Written, Today.AddDays(-1));
        var amount = Record(account, DisputeChannel.Written, Today, [notMine], DisputeReason.WrongAmount);

        notMine.RecordVerification(account, "Verified ownership", [notMine, amount], Sam, Now);
        var stillHeld = account.HasActiveHold(HoldKind.Dispute);
        amount.RecordVerification(account, "Sent itemization", [notMine, amount], Sam, Now);

        Assert.Equal(notMine.HoldId, amount.HoldId);
        Assert.True(stillHeld);
        Assert.False(account.HasActiveHold(HoldKind.Dispute));
    }

    [Fact]
    public void A_dispute_received_in_the_future_is_refused()
    {
        Assert.Equal("INVALID_DATE", Assert.Throws<DomainException>(() => Record(Place(), DisputeChannel.Written, Today.AddDays(1))).Code);
    }

    [Fact]
    public void Verification_is_recorded_once()
    {
        var account = Place(validationEndsOn: PeriodEnds);
        var dispute = Record(account, DisputeChannel.Written, Today);
        dispute.RecordVerification(account, "Verified", [dispute], Sam, Now);

        Assert.Equal("DISPUTE_NOT_OPEN", Assert.Throws<DomainException>(() => dispute.RecordVerification(account, "Again", [dispute], Sam, Now)).Code);
    }
}
