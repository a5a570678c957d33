using DebtHub.Domain.Compliance.Configuration;
using DebtHub.Domain.Compliance.Facts;
using DebtHub.Domain.Compliance.Replay;
using static DebtHub.Domain.Tests.Compliance.FactsBuilder;

namespace DebtHub.Domain.Tests.Compliance;

public sealed class AttemptReplayTests
{
    private static readonly RuleSet LawOnly = RuleSet.Default() with { DefaultPolicy = new ContactPolicy() };

    private static FactsBuilder History() => new FactsBuilder().NoAddress().Address("30303", "GA").Phone("+14045550100", consent: true).Phone("+14045550111", LineType.Landline, PhoneUse.Home)
        .Call("2026-06-01 14:00", number: "+14045550100").Call("2026-06-02 14:00", number: "+14045550100").Call("2026-06-03 14:00", number: "+14045550100")
        .Call("2026-06-04 14:00", number: "+14045550100").Call("2026-06-05 14:00", number: "+14045550100").Call("2026-06-06 14:00", number: "+14045550100")
        .Call("2026-06-07 14:00", number: "+14045550111").Call("2026-06-07 18:00", number: "+14045550111");

    [Fact]
    public void Replay_lists_the_eighth_call_of_the_week_and_the_rule_that_blocks_it()
    {
        var findings = AttemptReplay.Run(History().Build(), LawOnly, TestLocations.Tables);

        var finding = Assert.Single(findings);
        Assert.Equal(Utc("2026-06-07 18:00"), finding.Attempt.At);
        Assert.Equal(["FREQ-7IN7"], finding.BlockedBy.Select(b => b.RuleId));
    }

    [Fact]
    public void Replay_flags_a_call_placed_after_nine_in_the_evening()
    {
        var findings = AttemptReplay.Run(new FactsBuilder().Phone(NyMobile, consent: true).Call("2026-06-10 01:30").Build(), LawOnly, TestLocations.Tables);

        Assert.Equal(["TIME-WINDOW"], Assert.Single(findings).BlockedBy.Select(b => b.RuleId));
    }

    [Fact]
    public void Replay_under_a_stricter_rule_set_shows_what_a_scheduled_change_would_have_blocked()
    {
        var stricter = LawOnly with { Version = "proposal", RegulationF = LawOnly.RegulationF with { MaxCallsPerDebt = 5 } };

        var findings = AttemptReplay.Run(History().Build(), stricter, TestLocations.Tables);

        Assert.Equal([Utc("2026-06-06 14:00"), Utc("2026-06-07 14:00"), Utc("2026-06-07 18:00")], findings.Select(f => f.Attempt.At));
        Assert.All(findings, f => Assert.Equal("proposal", f.RuleSetVersion));
    }

    [Fact]
    public void A_clean_history_replays_without_findings()
    {
        var facts = new FactsBuilder().Phone(NyMobile, consent: true).Call("2026-06-01 14:00").Call("2026-06-03 14:00").Build();

        Assert.Empty(AttemptReplay.Run(facts, RuleSet.Default(), TestLocations.Tables));
    }
}
