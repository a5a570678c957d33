using DebtHub.Domain.Compliance.Evaluation;

namespace DebtHub.Domain.Compliance.Rules;

/// <summary>
/// 11 USC 362(a)(6): a petition "operates as a stay, applicable to all entities, of ... any act to collect, assess, or
/// recover a claim against the debtor that arose before the commencement of the case"; 524(a)(2) (discharge
/// injunction); 1301(a) (chapter 13 co-debtor stay). Citations are [mem] in RULES.md, so the engine takes the
/// conservative reading: any notice of bankruptcy, from anyone, suppresses every contact about the debt, co-debtors in
/// chapter 13 included, until a person records a documented dismissal or relief from stay.
/// </summary>
internal sealed class BankruptcyStay : IContactRule
{
    public string Id => "BANKRUPTCY";

    public string Citation => "11 USC 362(a), 524(a)(2), 1301";

    public RuleVerdict Evaluate(ContactContext context, DateTimeOffset at)
    {
        var debts = context.Facts.Debts;
        for (var i = 0; i < debts.Count; i++)
        {
            if (debts[i].Bankruptcy is { } bankruptcy && bankruptcy.NotifiedAt <= at && (bankruptcy.ReleasedAt is null || bankruptcy.ReleasedAt > at))
            {
                var who = bankruptcy.CoDebtorStay ? "a co-debtor stay (chapter 13)" : $"a chapter {bankruptcy.Chapter} bankruptcy";
                return RuleVerdict.BlockUntilPersonActs($"The account is under {who}: no collection contact until counsel records dismissal or relief from stay.");
            }
        }

        return RuleVerdict.Pass;
    }
}
