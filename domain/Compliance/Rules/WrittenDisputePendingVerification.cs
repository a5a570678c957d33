using DebtHub.Domain.Compliance.Evaluation;
using DebtHub.Domain.Compliance.Facts;

namespace DebtHub.Domain.Compliance.Rules;

/// <summary>
/// 12 CFR 1006.38(d)(2)(i): when a consumer disputes the debt in writing within the validation period, "the debt
/// collector must not engage in collection activities or communications" until it provides verification. An oral or a
/// late dispute does not stop collection (the debt is reported as disputed, 1692e(8)). Only the verification letter
/// itself (a required notice) passes.
/// </summary>
internal sealed class WrittenDisputePendingVerification : IContactRule
{
    public string Id => "DISPUTE";

    public string Citation => "12 CFR 1006.38(d)(2); 15 USC 1692g(b)";

    public RuleVerdict Evaluate(ContactContext context, DateTimeOffset at)
    {
        if (context.Request is { Channel: ContactChannel.Letter, Purpose: ContactPurpose.RequiredNotice } || !context.RegulationFApplies)
        {
            return RuleVerdict.Pass;
        }

        var debts = context.Facts.Debts;
        for (var i = 0; i < debts.Count; i++)
        {
            if (debts[i].Dispute == DisputeStatus.WrittenTimelyPendingVerification)
            {
                return RuleVerdict.BlockUntilPersonActs("The consumer disputed this account in writing in time: no collection until verification is sent.");
            }
        }

        return RuleVerdict.Pass;
    }
}
