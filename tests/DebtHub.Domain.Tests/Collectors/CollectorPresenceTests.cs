using DebtHub.Domain.Collectors;
using DebtHub.Domain.Common;

namespace DebtHub.Domain.Tests.Collectors;

public sealed class CollectorPresenceTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 15, 0, 0, TimeSpan.Zero);
    private const string Call = "CA00000000000000000000000000000001";

    [Fact]
    public void A_collector_sets_available_and_offline_but_on_call_and_wrap_up_are_the_dialers()
    {
        // Starting offline: asking for offline changes nothing; available is a change.
        var (presence, _) = CollectorPresence.Start(Guid.NewGuid(), Now);

        Assert.Null(presence.SetByUser(PresenceState.Offline));
        Assert.Equal(PresenceState.Available, presence.SetByUser(PresenceState.Available));
        Assert.Equal("INVALID_PRESENCE", Assert.Throws<DomainException>(() => presence.SetByUser(PresenceState.OnCall)).Code);
        Assert.Equal("INVALID_PRESENCE", Assert.Throws<DomainException>(() => presence.SetByUser(PresenceState.WrapUp)).Code);
    }

    [Fact]
    public void Only_an_available_collector_is_routed_a_call_and_nobody_leaves_a_call_by_hand()
    {
        var (presence, _) = CollectorPresence.Start(Guid.NewGuid(), Now);
        Assert.Equal("NOT_AVAILABLE", Assert.Throws<DomainException>(() => presence.StartCall(Call, Now)).Code);

        presence.MoveTo(PresenceState.Available, null, Now);
        var onCall = presence.StartCall(Call, Now.AddMinutes(1));

        Assert.Equal((PresenceState.OnCall, Call, Now.AddMinutes(1)), (onCall.State, onCall.CallSid, onCall.StartedAt));
        Assert.True(presence.IsOnCall(Call));
        Assert.Equal("ON_CALL", Assert.Throws<DomainException>(() => presence.SetByUser(PresenceState.Offline)).Code);

        presence.MoveTo(PresenceState.WrapUp, Call, Now.AddMinutes(5));
        Assert.True(presence.IsWrappingUp(Call));
        Assert.Equal(PresenceState.Available, presence.SetByUser(PresenceState.Available));
    }

    [Fact]
    public void A_period_closes_once_and_never_before_it_began()
    {
        var period = PresencePeriod.Open(Guid.NewGuid(), PresenceState.Available, null, Now);

        period.Close(Now.AddSeconds(-5));
        period.Close(Now.AddMinutes(3));

        Assert.Equal(Now, period.EndedAt);
    }
}
