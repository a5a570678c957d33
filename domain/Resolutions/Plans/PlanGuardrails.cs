using System.Globalization;
using DebtHub.Domain.Creditors;
using DebtHub.Domain.Resolutions.Scheduling;

namespace DebtHub.Domain.Resolutions.Plans;

/// <summary>
/// The creditor's limits on what a collector may agree alone (<see cref="CreditorRules"/>). A breach is not an error: it
/// sends the plan to a supervisor.
/// </summary>
public static class PlanGuardrails
{
    public static IReadOnlyList<GuardrailBreach> Check(
        CreditorRules rules, PlanKind kind, decimal balance, decimal planTotal, IReadOnlyList<ScheduledPayment> schedule, DateOnly agreedOn)
    {
        var breaches = new List<GuardrailBreach>();

        // The last installment is whatever remains, so only the others must reach the minimum; a single installment
        // pays the whole amount at once and is never too small.
        var small = schedule.Take(schedule.Count - 1).Where(s => s.Amount < rules.MinimumInstallment).ToList();
        if (small.Count > 0)
        {
            breaches.Add(new GuardrailBreach(GuardrailKind.MinimumInstallment, Invariant(
                $"Installments of {small.Min(s => s.Amount):0.00} are below the creditor's minimum of {rules.MinimumInstallment:0.00}.")));
        }

        var lastAllowed = agreedOn.AddMonths(rules.MaximumPlanTermMonths);
        var last = schedule[^1].DueOn;
        if (last > lastAllowed)
        {
            breaches.Add(new GuardrailBreach(GuardrailKind.MaximumTerm, Invariant(
                $"The last installment falls on {last:yyyy-MM-dd}, beyond the creditor's maximum term of {rules.MaximumPlanTermMonths} months (until {lastAllowed:yyyy-MM-dd}).")));
        }

        if (kind == PlanKind.Settlement)
        {
            var floor = SettlementFloor(rules, balance);
            if (planTotal < floor)
            {
                breaches.Add(new GuardrailBreach(GuardrailKind.SettlementFloor, Invariant(
                    $"A settlement of {planTotal:0.00} is below the creditor's floor of {rules.SettlementFloorPercent:0.##}% of {balance:0.00} ({floor:0.00}).")));
            }
        }

        return breaches;
    }

    /// <summary>The smallest settlement a collector may accept alone, rounded up to the cent so the floor is never undercut.</summary>
    public static decimal SettlementFloor(CreditorRules rules, decimal balance) =>
        Math.Ceiling(balance * rules.SettlementFloorPercent) / 100m;

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
