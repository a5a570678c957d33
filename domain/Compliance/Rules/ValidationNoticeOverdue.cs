using DebtHub.Domain.Compliance.Evaluation;
using DebtHub.Domain.Compliance.Facts;

namespace DebtHub.Domain.Compliance.Rules;

/// <summary>
/// 12 CFR 1006.34(a)(1): a debt collector must provide validation information "(i) by sending the consumer a validation
/// notice ... in the initial communication; or (ii) within five days after the initial communication". Engine policy
/// (RULES.md VALIDATION): once five days have passed since the first communication with no notice sent, collection
/// calls, texts and emails stop until the notice goes out; letters pass, because the notice is one.
/// </summary>
internal sealed class ValidationNoticeOverdue : IContactRule
{
    public string Id => "VALIDATION";

    public string Citation => "12 CFR 1006.34(a)(1); 15 USC 1692g(a)";

    public RuleVerdict Evaluate(ContactContext context, DateTimeOffset at)
    {
        if (context.Request.Channel == ContactChannel.Letter || !context.RegulationFApplies)
        {
            return RuleVerdict.Pass;
        }

        var days = context.RuleSet.RegulationF.ValidationNoticeDeadlineDays;
        var debts = context.Facts.Debts;
        for (var i = 0; i < debts.Count; i++)
        {
            var debt = debts[i];
            if (debt.FirstCommunicationAt is { } first && (debt.ValidationNoticeSentAt is null || debt.ValidationNoticeSentAt > at) && at >= first.AddDays(days))
            {
                return RuleVerdict.BlockUntilPersonActs($"The validation notice was not sent within {days} days of the first communication: send it before any further collection contact.");
            }
        }

        return RuleVerdict.Pass;
    }
}
