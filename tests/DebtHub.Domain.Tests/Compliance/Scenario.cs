using DebtHub.Domain.Compliance;
using DebtHub.Domain.Compliance.Configuration;
using DebtHub.Domain.Compliance.Evaluation;
using DebtHub.Domain.Compliance.Facts;

namespace DebtHub.Domain.Tests.Compliance;

/// <summary>One row of a rule's scenario table: facts, the contact asked about, and what the rule must answer.</summary>
internal sealed record Scenario(string Name, ContactFacts Facts, ContactRequest Request, Outcome Expected, DateTimeOffset? AllowedFrom = null, RuleSet? RuleSet = null)
{
    public static Scenario Allowed(string name, FactsBuilder facts, ContactRequest request, RuleSet? ruleSet = null) =>
        new(name, facts.Build(), request, Outcome.Allowed, null, ruleSet);

    public static Scenario BlockedUntil(string name, FactsBuilder facts, ContactRequest request, string allowedFromUtc, RuleSet? ruleSet = null) =>
        new(name, facts.Build(), request, Outcome.BlockedUntil, FactsBuilder.Utc(allowedFromUtc), ruleSet);

    public static Scenario NeedsPerson(string name, FactsBuilder facts, ContactRequest request, RuleSet? ruleSet = null) =>
        new(name, facts.Build(), request, Outcome.NeedsPerson, null, ruleSet);

    public static ContactRequest Call(string at, string number = FactsBuilder.NyMobile, ContactMode mode = ContactMode.ManualDial) =>
        new(ContactChannel.Call, mode, number, FactsBuilder.Utc(at));

    public static ContactRequest Text(string at, string number = FactsBuilder.NyMobile) =>
        new(ContactChannel.Text, ContactMode.ManualDial, number, FactsBuilder.Utc(at));

    public static ContactRequest Email(string at, string address = "d@example.com") =>
        new(ContactChannel.Email, ContactMode.ManualDial, address, FactsBuilder.Utc(at));

    public static ContactRequest Letter(string at, ContactPurpose purpose = ContactPurpose.Collection) =>
        new(ContactChannel.Letter, ContactMode.ManualDial, "address-1", FactsBuilder.Utc(at), purpose);

    public override string ToString() => Name;
}

internal enum Outcome
{
    Allowed,
    BlockedUntil,
    NeedsPerson,
}

/// <summary>Runs one named scenario against one rule and checks its verdict, next-allowed instant included.</summary>
internal static class Scenarios
{
    public static TheoryData<string> Names(IEnumerable<Scenario> scenarios)
    {
        var data = new TheoryData<string>();
        var seen = new HashSet<string>();
        foreach (var s in scenarios)
        {
            Assert.True(seen.Add(s.Name), $"Duplicate scenario name {s.Name}");
            data.Add(s.Name);
        }

        return data;
    }

    public static void Check(IContactRule rule, IEnumerable<Scenario> scenarios, string name)
    {
        var scenario = scenarios.Single(s => s.Name == name);
        var context = new ContactContext(scenario.Request, scenario.Facts, scenario.RuleSet ?? RuleSet.Default(), TestLocations.Tables);
        var verdict = rule.Evaluate(context, scenario.Request.At);
        switch (scenario.Expected)
        {
            case Outcome.Allowed:
                Assert.False(verdict.Blocked, $"{rule.Id} blocked: {verdict.Explanation}");
                break;
            case Outcome.BlockedUntil:
                Assert.True(verdict.Blocked, $"{rule.Id} allowed the contact");
                Assert.Equal(scenario.AllowedFrom, verdict.AllowedFrom);
                Assert.False(string.IsNullOrWhiteSpace(verdict.Explanation));
                break;
            case Outcome.NeedsPerson:
                Assert.True(verdict.Blocked, $"{rule.Id} allowed the contact");
                Assert.Null(verdict.AllowedFrom);
                Assert.False(string.IsNullOrWhiteSpace(verdict.Explanation));
                break;
        }
    }
}
