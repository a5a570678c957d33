using DebtHub.Dialer.Webhooks;
using DebtHub.Dialer.Webhooks.CallLegs;
using DebtHub.Infrastructure.Twilio.Calls;

namespace DebtHub.Dialer.Tests.Webhooks;

public sealed class CallLegProgressTests
{
    private const string CallSid = "CA22222222222222222222222222222222";
    private static readonly DateTimeOffset _now = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);

    private static CallStatusEvent Event(CallStatus status, int? sequence) =>
        new(CallSid, "AC00000000000000000000000000000000", status, sequence, null, null, null, null);

    [Fact]
    public void Without_sequence_numbers_a_final_status_is_never_undone()
    {
        var (leg, _) = CallLegProgress.Apply(null, false, Event(CallStatus.Completed, null), _now);

        var (after, outcome) = CallLegProgress.Apply(leg, false, Event(CallStatus.Ringing, null), _now);

        Assert.Equal(CallbackOutcome.Stale, outcome);
        Assert.Equal(CallStatus.Completed, after.Status);
    }

    [Fact]
    public void Without_sequence_numbers_the_lifecycle_only_moves_forward()
    {
        var (ringing, _) = CallLegProgress.Apply(null, false, Event(CallStatus.Ringing, null), _now);

        var (afterInitiated, stale) = CallLegProgress.Apply(ringing, false, Event(CallStatus.Initiated, null), _now);
        var (afterAnswer, applied) = CallLegProgress.Apply(ringing, false, Event(CallStatus.InProgress, null), _now);

        Assert.Equal((CallbackOutcome.Stale, CallStatus.Ringing), (stale, afterInitiated.Status));
        Assert.Equal((CallbackOutcome.Applied, CallStatus.InProgress), (applied, afterAnswer.Status));
    }

    [Fact]
    public void A_second_different_amd_verdict_does_not_replace_the_first()
    {
        var (leg, _) = CallLegProgress.ApplyAnsweredBy(null, CallSid, AnsweredBy.Human, _now);

        var (after, outcome) = CallLegProgress.ApplyAnsweredBy(leg, CallSid, AnsweredBy.MachineEndBeep, _now);

        Assert.Equal(CallbackOutcome.Stale, outcome);
        Assert.Equal(AnsweredBy.Human, after.AnsweredBy);
    }
}
