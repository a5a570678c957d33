using DebtHub.Domain.Compliance;
using DebtHub.Domain.Compliance.Configuration;
using DebtHub.Domain.Compliance.Facts;
using static DebtHub.Domain.Tests.Compliance.FactsBuilder;
using static DebtHub.Domain.Tests.Compliance.Scenario;

namespace DebtHub.Domain.Tests.Compliance;

public sealed class ComplianceGateTests
{
    private static readonly ComplianceGate Gate = new(RuleRegistry.Default, RuleSetSchedule.Single(RuleSet.Default()), TestLocations.Tables);

    private static FactsBuilder F() => new FactsBuilder().Phone(NyMobile, consent: true).Phone(NyHome, LineType.Landline, PhoneUse.Home);

    [Fact]
    public void An_allowed_contact_gets_a_permit_for_exactly_that_contact()
    {
        var request = Call("2026-06-10 16:00", mode: ContactMode.Predictive);
        var decision = Gate.Decide(request, F().Build());

        Assert.True(decision.Allowed, string.Join("; ", decision.BlockedBy.Select(b => b.Explanation)));
        var permit = Assert.IsType<ContactPermit>(decision.Permit);
        Assert.Equal(NyMobile, permit.Destination);
        Assert.Equal([A], permit.AccountIds);
        Assert.Equal(ContactMode.Predictive, permit.Mode);
        Assert.Equal(Utc("2026-06-10 16:02"), permit.ExpiresAt);
        Assert.True(permit.IsValidAt(Utc("2026-06-10 16:01")));
        Assert.False(permit.IsValidAt(Utc("2026-06-10 16:02")));
        Assert.Equal(RuleSet.Default().Version, permit.RuleSetVersion);
    }

    [Fact]
    public void A_permit_issued_just_before_the_last_launch_expires_when_calling_hours_close()
    {
        var decision = Gate.Decide(Call("2026-06-11 00:54"), F().Build());

        Assert.Equal(Utc("2026-06-11 00:55"), decision.Permit!.ExpiresAt);
    }

    [Fact]
    public void A_blocked_contact_gets_no_permit_and_lists_every_blocking_rule_in_order()
    {
        var facts = F().Debt(new DebtFacts(A, CeaseReceivedAt: Utc("2026-06-01 00:00"))).OptOut(ContactChannel.Call, null).Build();
        var decision = Gate.Decide(Call("2026-06-11 02:00"), facts);

        Assert.False(decision.Allowed);
        Assert.Null(decision.Permit);
        Assert.Equal(["CEASE", "MEDIUM-OPTOUT", "TIME-WINDOW"], decision.BlockedBy.Select(b => b.RuleId));
        Assert.All(decision.BlockedBy, b => Assert.False(string.IsNullOrWhiteSpace(b.Citation)));
        Assert.True(decision.NeedsPerson);
        Assert.Null(decision.NextAllowedAt);
    }

    [Fact]
    public void When_the_seventh_call_rolls_off_at_night_the_next_allowed_instant_is_eight_the_next_morning()
    {
        // Oldest call 2026-06-04 02:30Z rolls off 2026-06-11 02:30Z = 22:30 EDT; next 08:00 EDT is 12:00Z.
        var facts = F().Calls("2026-06-04 02:30", "2026-06-05 14:00", "2026-06-06 14:00", "2026-06-07 14:00", "2026-06-08 14:00", "2026-06-09 14:00", "2026-06-10 14:00").Build();
        var decision = Gate.Decide(Call("2026-06-10 20:00", NyHome), facts);

        Assert.Equal(["FREQ-7IN7"], decision.BlockedBy.Select(b => b.RuleId));
        Assert.Equal(Utc("2026-06-11 02:30"), decision.BlockedBy[0].AllowedFrom);
        Assert.Equal(Utc("2026-06-11 12:00"), decision.NextAllowedAt);
    }

    [Fact]
    public void A_roll_off_on_the_spring_forward_night_waits_for_eight_daylight_time()
    {
        var facts = F().Calls("2026-03-01 07:30", "2026-03-02 14:00", "2026-03-03 14:00", "2026-03-04 14:00", "2026-03-05 14:00", "2026-03-06 14:00", "2026-03-07 14:00").Build();
        var decision = Gate.Decide(Call("2026-03-07 20:00", NyHome), facts);

        Assert.Equal(Utc("2026-03-08 12:00"), decision.NextAllowedAt);
    }

    [Fact]
    public void After_a_conversation_the_next_call_is_at_eight_on_day_eight_in_every_zone()
    {
        var facts = F().Phone("+12135550199").Conversation("2026-06-08 14:00").Build();
        var decision = Gate.Decide(Call("2026-06-09 14:00"), facts);

        Assert.Contains(decision.BlockedBy, b => b.RuleId == "FREQ-CONV-BAR");
        // Bar ends 2026-06-15 00:00 in the later zone (Los Angeles, 07:00Z); 08:00 in Los Angeles is 15:00Z.
        Assert.Equal(Utc("2026-06-15 15:00"), decision.NextAllowedAt);
    }

    [Fact]
    public void The_decision_shows_every_candidate_zone_with_its_local_time()
    {
        var decision = Gate.Decide(Call("2026-06-10 16:00"), F().Phone("+12135550199").Build());

        Assert.Equal(
            [new ZoneLocalTime("America/New_York", new DateTime(2026, 6, 10, 12, 0, 0)), new ZoneLocalTime("America/Los_Angeles", new DateTime(2026, 6, 10, 9, 0, 0))],
            decision.ZonesUsed.OrderByDescending(z => z.LocalTime));
        Assert.False(decision.ZonesUnknown);
    }

    [Fact]
    public void A_call_under_direct_consent_is_recorded_as_not_counting()
    {
        var decision = Gate.Decide(Call("2026-06-10 16:00"), F().Consent("2026-06-09 16:00").Build());

        Assert.True(decision.Allowed);
        Assert.False(decision.CountsTowardFrequency);
    }

    [Fact]
    public void A_call_without_consent_is_recorded_as_counting()
    {
        Assert.True(Gate.Decide(Call("2026-06-10 16:00"), F().Build()).CountsTowardFrequency);
    }

    [Fact]
    public void After_a_voicemail_this_week_a_live_call_may_not_leave_another()
    {
        var decision = Gate.Decide(Call("2026-06-10 16:00"), F().Call("2026-06-08 14:00", AttemptOutcome.Voicemail, NyHome).Build());

        Assert.True(decision.Allowed);
        Assert.False(decision.MayLeaveVoicemail);
        Assert.False(decision.Permit!.MayLeaveVoicemail);
    }

    [Fact]
    public void Before_any_rule_set_is_in_force_nothing_may_be_contacted()
    {
        var gate = new ComplianceGate(RuleRegistry.Default, RuleSetSchedule.Single(RuleSet.Default(effectiveFrom: Utc("2027-01-01 00:00"))), TestLocations.Tables);
        var decision = gate.Decide(Call("2026-06-10 16:00"), F().Build());

        Assert.Equal("CONFIG", Assert.Single(decision.BlockedBy).RuleId);
        Assert.Null(decision.Permit);
    }

    [Fact]
    public void A_rule_change_scheduled_ahead_applies_from_its_effective_instant()
    {
        var stricter = RuleSet.Default("2027.01", Utc("2027-01-01 05:00")) is var v
            ? v with { RegulationF = v.RegulationF with { MaxCallsPerDebt = 3 } }
            : null!;
        var gate = new ComplianceGate(RuleRegistry.Default, new RuleSetSchedule([RuleSet.Default(), stricter]), TestLocations.Tables);
        const string Atlanta = "+14045550100";
        const string AtlantaHome = "+14045550111";
        var history = new FactsBuilder().NoAddress().Address("30303", "GA").Phone(Atlanta).Phone(AtlantaHome, LineType.Landline, PhoneUse.Home)
            .Call("2026-12-29 15:00", number: Atlanta).Call("2026-12-30 15:00", number: Atlanta).Call("2026-12-31 15:00", number: Atlanta);

        var before = gate.Decide(Call("2026-12-31 20:00", AtlantaHome), history.Build());
        var after = gate.Decide(Call("2027-01-01 15:00", AtlantaHome), history.Build());

        Assert.True(before.Allowed, string.Join("; ", before.BlockedBy.Select(b => b.RuleId)));
        Assert.Equal(RuleSet.Default().Version, before.RuleSetVersion);
        Assert.Equal("2027.01", after.RuleSetVersion);
        Assert.Contains(after.BlockedBy, b => b.RuleId == "FREQ-7IN7");
    }

    [Fact]
    public void Every_rule_has_a_unique_id_and_a_citation()
    {
        var rules = RuleRegistry.Default.Rules;
        Assert.Equal(rules.Count, rules.Select(r => r.Id).Distinct().Count());
        Assert.All(rules, r => Assert.False(string.IsNullOrWhiteSpace(r.Citation)));
        Assert.True(rules.Count >= 20);
    }
}
