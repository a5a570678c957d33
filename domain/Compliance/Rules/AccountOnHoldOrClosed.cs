using DebtHub.Domain.Compliance.Evaluation;
using DebtHub.Domain.Compliance.Facts;

namespace DebtHub.Domain.Compliance.Rules;

/// <summary>
/// Engine policy, not a regulation: an account that is closed, recalled by the creditor or paid in full is not worked,
/// and a hold placed by a supervisor or compliance stops every contact about it until a person lifts it.
/// </summary>
internal sealed class AccountOnHoldOrClosed : IContactRule
{
    public string Id => "HOLD";

    public string Citation => "DebtHub policy (account status and manual holds)";

    public RuleVerdict Evaluate(ContactContext context, DateTimeOffset at)
    {
        var debts = context.Facts.Debts;
        for (var i = 0; i < debts.Count; i++)
        {
            var debt = debts[i];
            if (debt.Status != DebtStatus.Active)
            {
                return RuleVerdict.BlockUntilPersonActs($"The account is {debt.Status switch { DebtStatus.PaidInFull => "paid in full", DebtStatus.Recalled => "recalled by the creditor", _ => "closed" }}; it is not worked.");
            }

            if (debt.Holds is { } holds)
            {
                for (var h = 0; h < holds.Count; h++)
                {
                    if (holds[h].IsActiveAt(at))
                    {
                        return RuleVerdict.BlockUntilPersonActs($"The account is on hold ({holds[h].Reason}); a supervisor must lift the hold first.");
                    }
                }
            }
        }

        return RuleVerdict.Pass;
    }
}
