using DebtHub.Dialer.Outcomes;
using DebtHub.Domain.Compliance;
using DebtHub.Domain.Compliance.Facts;
using DebtHub.Domain.Contact;
using DebtHub.Infrastructure.Twilio.Calls;

namespace DebtHub.Dialer.Tests.Routing;

/// <summary>How an ended call's Twilio status becomes the attempt's Reg F result.</summary>
public sealed class CallOutcomeMapTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 10, 16, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("busy", AttemptOutcome.NotConnected, ContactDisposition.NotConnected)]
    [InlineData("failed", AttemptOutcome.NotConnected, ContactDisposition.NotConnected)]
    [InlineData("no-answer", AttemptOutcome.NoAnswer, ContactDisposition.NoAnswer)]
    [InlineData("canceled", AttemptOutcome.NoAnswer, ContactDisposition.NoAnswer)]
    public void A_call_nobody_answered_ends_with_its_result_and_only_busy_or_failed_stop_counting(string status, AttemptOutcome outcome, ContactDisposition disposition) =>
        Assert.Equal((outcome, disposition), CallOutcomeMap.ForEndedCall(CallStatus.FromValue(status), Call()));

    [Fact]
    public void A_completed_call_ends_as_voicemail_on_a_machine_abandoned_on_a_person_nobody_took_and_waits_for_the_collector_when_routed()
    {
        var machine = Call();
        machine.Detected("machine_end_beep", Now);
        var person = Call();
        person.Progress("in-progress", Now);
        var routed = Call();
        routed.RoutedTo(Guid.NewGuid(), Now);
        var fax = Call();
        fax.Detected("fax", Now);

        Assert.Equal((AttemptOutcome.Voicemail, ContactDisposition.Voicemail), CallOutcomeMap.ForEndedCall(CallStatus.Completed, machine));
        Assert.Equal((AttemptOutcome.Answered, ContactDisposition.Abandoned), CallOutcomeMap.ForEndedCall(CallStatus.Completed, person));
        Assert.Null(CallOutcomeMap.ForEndedCall(CallStatus.Completed, routed));
        Assert.Equal((AttemptOutcome.NoAnswer, ContactDisposition.NoAnswer), CallOutcomeMap.ForEndedCall(CallStatus.Completed, fax));
    }

    private static DialerCall Call()
    {
        var accountId = Guid.NewGuid();
        var attempt = ContactAttempt.Outbound(Guid.NewGuid(), Guid.NewGuid(), [accountId], [accountId], [accountId], ContactChannel.Call,
            ContactMode.Predictive, "+14155550100", PhoneUse.Home, Now, new ComplianceSnapshot("test", []), Now);
        return DialerCall.Track("CA" + Guid.NewGuid().ToString("N"), attempt, Now);
    }
}
