using DebtHub.Domain.Compliance.Evaluation;
using DebtHub.Domain.Compliance.Facts;

namespace DebtHub.Domain.Compliance.Rules;

/// <summary>
/// 12 CFR 1006.6(c)(1): "a debt collector must not communicate or attempt to communicate further with a consumer with
/// respect to such debt" once the consumer notifies it in writing that the consumer refuses to pay or wants it to cease
/// communication, except to say efforts are terminated or that specified remedies may or will be invoked. RULES.md rates
/// this M; the engine blocks every call, text and email on the debt, and lets only a required-notice letter through.
/// </summary>
internal sealed class CeaseCommunication : IContactRule
{
    public string Id => "CEASE";

    public string Citation => "12 CFR 1006.6(c); 15 USC 1692c(c)";

    public RuleVerdict Evaluate(ContactContext context, DateTimeOffset at)
    {
        if (context.Request is { Channel: ContactChannel.Letter, Purpose: ContactPurpose.RequiredNotice } || !context.RegulationFApplies)
        {
            return RuleVerdict.Pass;
        }

        var debts = context.Facts.Debts;
        for (var i = 0; i < debts.Count; i++)
        {
            if (debts[i].CeaseReceivedAt is { } received && received <= at)
            {
                return RuleVerdict.BlockUntilPersonActs("The consumer asked in writing to stop communication on this account: only the termination or remedy notices may be sent, by letter.");
            }
        }

        return RuleVerdict.Pass;
    }
}
