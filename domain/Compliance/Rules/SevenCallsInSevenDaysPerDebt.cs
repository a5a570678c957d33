using DebtHub.Domain.Compliance.Evaluation;

namespace DebtHub.Domain.Compliance.Rules;

/// <summary>
/// 12 CFR 1006.14(b)(2)(i)(A): a debt collector is presumed to violate 1006.14(b)(1) if it "places telephone calls to a
/// particular person in connection with the collection of a particular debt more than seven times within seven
/// consecutive days". Treated as a hard cap. Counting (RULES.md FREQ-7IN7, FREQ-EXCLUDED): every placed call counts,
/// unanswered and voicemail included (1006.2(b)); calls not connected to the dialed number and calls within seven days
/// of the person's direct consent do not (1006.14(b)(3)); a call about several debts counts toward each
/// (comment 14(b)(4)-1, [mem] in RULES.md) and the call asked about is blocked if any of its debts is at the cap; student
/// loans under one account number share a frequency key (1006.14(b)(4)). The window is a rolling 168 hours, a superset
/// of the calendar-day reading; the next call is allowed the instant the oldest call that keeps the count at seven
/// rolls out of it.
/// </summary>
internal sealed class SevenCallsInSevenDaysPerDebt : IContactRule
{
    public string Id => "FREQ-7IN7";

    public string Citation => "12 CFR 1006.14(b)(2)(i)(A), (b)(3), (b)(4)";

    public RuleVerdict Evaluate(ContactContext context, DateTimeOffset at)
    {
        if (!context.IsCall || !context.RegulationFApplies)
        {
            return RuleVerdict.Pass;
        }

        var limits = context.RuleSet.RegulationF;
        var attempts = context.Facts.Attempts;
        var debts = context.Facts.Debts;
        Span<long> buffer = attempts.Count <= 256 ? stackalloc long[attempts.Count] : new long[attempts.Count];
        DateTimeOffset? until = null;
        for (var d = 0; d < debts.Count; d++)
        {
            var debt = debts[d];
            if (context.DirectConsentCovers(debt.Id, at))
            {
                continue;
            }

            var count = 0;
            for (var i = 0; i < attempts.Count; i++)
            {
                var attempt = attempts[i];
                if (RollingWindow.Holds(attempt.At, at, limits.CallWindow) && context.CountsTowardRegulationF(attempt, debt))
                {
                    buffer[count++] = attempt.At.UtcTicks;
                }
            }

            if (RollingWindow.FreeFrom(buffer[..count], limits.MaxCallsPerDebt, limits.CallWindow) is { } free && (until is null || free > until))
            {
                until = free;
            }
        }

        return until is { } allowed
            ? RuleVerdict.BlockUntil(allowed, $"{limits.MaxCallsPerDebt} calls about this account were already placed in the last 7 days (the legal limit).")
            : RuleVerdict.Pass;
    }
}
