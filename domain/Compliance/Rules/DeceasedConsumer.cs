using DebtHub.Domain.Compliance.Evaluation;

namespace DebtHub.Domain.Compliance.Rules;

/// <summary>
/// 12 CFR 1006.2(e): "Consumer means any natural person, whether living or deceased, obligated or allegedly obligated
/// to pay any debt." For 1006.6, "consumer" then includes the executor, administrator or personal representative of the
/// estate (1006.6(a)(4)). Once the debtor is reported deceased the engine stops every contact to the decedent's numbers
/// and addresses; contact with the estate's representative is a separate, person-reviewed path. The citation of
/// 1006.2(e) is marked [mem] in RULES.md; the block is the conservative reading.
/// </summary>
internal sealed class DeceasedConsumer : IContactRule
{
    public string Id => "DECEASED";

    public string Citation => "12 CFR 1006.2(e); 1006.6(a)(4)";

    public RuleVerdict Evaluate(ContactContext context, DateTimeOffset at) =>
        context.Facts.Debtor.DeceasedReportedAt is { } reported && reported <= at
            ? RuleVerdict.BlockUntilPersonActs("The debtor is reported deceased: do not contact their numbers or addresses; a supervisor routes the account to the estate's representative.")
            : RuleVerdict.Pass;
}
