using DebtHub.Domain.Compliance.Configuration;
using DebtHub.Domain.Compliance.Facts;
using DebtHub.Domain.Compliance.Location;

namespace DebtHub.Domain.Compliance.Replay;

/// <summary>
/// Re-checks a stored attempt history under a given rule set: each attempt is decided as if it were being placed, with
/// the history, conversations, consents, opt-outs and holds as they stood just before it (every rule ignores facts
/// later than the instant it is asked about). Use it to audit the past, or to see what a scheduled rule change would
/// have blocked.
/// </summary>
public static class AttemptReplay
{
    public static IReadOnlyList<ReplayFinding> Run(ContactFacts facts, RuleSet ruleSet, LocationTables tables) =>
        Run(facts, new ComplianceGate(RuleRegistry.Default, RuleSetSchedule.Single(ruleSet), tables));

    public static IReadOnlyList<ReplayFinding> Run(ContactFacts facts, ComplianceGate gate)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(gate);
        var findings = new List<ReplayFinding>();
        foreach (var attempt in facts.Attempts.OrderBy(a => a.At))
        {
            var concerned = facts.Debts.Where(d => attempt.Concerns(d.Id)).ToArray();
            if (concerned.Length == 0)
            {
                continue;
            }

            var decision = gate.Decide(
                new ContactRequest(attempt.Channel, attempt.Mode, attempt.Destination, attempt.At),
                facts with { Debts = concerned });
            if (!decision.Allowed)
            {
                findings.Add(new ReplayFinding(attempt, decision.BlockedBy, decision.RuleSetVersion));
            }
        }

        return findings;
    }
}

/// <summary>An attempt that the rule set would have blocked, and every rule that would have blocked it.</summary>
public sealed record ReplayFinding(AttemptFacts Attempt, IReadOnlyList<BlockingRule> BlockedBy, string RuleSetVersion);
