using DebtHub.Domain.Compliance;
using DebtHub.Infrastructure.Contact;
using DebtHub.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DebtHub.Infrastructure.Reports;

/// <summary>
/// Compliance blocks by rule, from the record of refused permits (contact_refusals): a block is a permit someone actually
/// asked the gate for (the dialer for a claimed account, a collector's call, a letter) and did not get, decided in the
/// period. Eligibility probes (screens asking whether a call would be allowed, the hopper's explanations) are not blocks
/// and are not recorded. A refusal naming two rules counts under each; the fail-closed refusal given while the contact
/// ledger was unavailable (LEDGER-UNAVAILABLE) is counted like the others and flagged.
/// </summary>
internal static class ComplianceBlocksSection
{
    public static async Task<ComplianceBlocks> ComputeAsync(DebtHubDbContext db, DateTimeOffset start, DateTimeOffset end, CancellationToken cancellationToken)
    {
        var refusals = db.ContactRefusals.AsNoTracking().Where(r => r.DecidedAt >= start && r.DecidedAt < end);
        var total = await refusals.CountAsync(cancellationToken);
        var byRule = await db.Database.SqlQuery<RuleCount>($"""
            select rule_id as "RuleId", count(distinct id)::int as "Refusals", count(distinct account_id)::int as "Accounts"
              from (select r.id, rule_id, unnest(r.account_ids) as account_id
                      from contact_refusals r, unnest(r.rule_ids) as rule_id
                     where r.decided_at >= {start} and r.decided_at < {end}) per_account
             group by rule_id
            """).ToListAsync(cancellationToken);
        var rules = byRule
            .Select(r => new RuleBlocks(r.RuleId, CitationOf(r.RuleId), r.Refusals, r.Accounts, r.RuleId == ContactGateway.LedgerUnavailableRuleId))
            .OrderByDescending(r => r.FailClosed).ThenByDescending(r => r.Refusals).ThenBy(r => r.RuleId, StringComparer.Ordinal)
            .ToList();
        return new ComplianceBlocks(total, rules.FirstOrDefault(r => r.FailClosed)?.Refusals ?? 0, rules);
    }

    private static string CitationOf(string ruleId) =>
        RuleRegistry.Default.Rules.FirstOrDefault(r => r.Id == ruleId)?.Citation ?? ContactGateway.CitationOf(ruleId) ?? "DebtHub policy";

    private sealed record RuleCount(string RuleId, int Refusals, int Accounts);
}
