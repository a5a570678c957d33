using DebtHub.Domain.Compliance.Evaluation;

namespace DebtHub.Domain.Compliance.Rules;

/// <summary>
/// 12 CFR 1006.6(b)(2): a debt collector must not communicate with a consumer about a debt "if the debt collector knows
/// the consumer is represented by an attorney with respect to such debt and knows, or can readily ascertain, such
/// attorney's name and address", unless the attorney fails to respond within a reasonable period or consents. RULES.md
/// rates this M; every channel to the consumer is blocked until a person records the attorney's consent or silence.
/// </summary>
internal sealed class AttorneyRepresentation : IContactRule
{
    public string Id => "ATTY-REP";

    public string Citation => "12 CFR 1006.6(b)(2); 15 USC 1692c(a)(2)";

    public RuleVerdict Evaluate(ContactContext context, DateTimeOffset at)
    {
        if (!context.RegulationFApplies)
        {
            return RuleVerdict.Pass;
        }

        var debts = context.Facts.Debts;
        for (var i = 0; i < debts.Count; i++)
        {
            if (debts[i].Attorney is { NameOrAddressKnown: true, ConsentedToDirectContact: false } attorney && attorney.NotifiedAt <= at)
            {
                return RuleVerdict.BlockUntilPersonActs("An attorney represents the consumer on this account: contact the attorney, not the consumer.");
            }
        }

        return RuleVerdict.Pass;
    }
}
