using DebtHub.Domain.Compliance.Evaluation;
using DebtHub.Domain.Compliance.Facts;
using DebtHub.Domain.Compliance.Location;

namespace DebtHub.Domain.Compliance.Rules;

/// <summary>
/// 209 CMR 18.16(1)(d) (licensed collectors) and 940 CMR 7.04(1)(f) (creditors): it is unfair "initiating a
/// communication with any debtor via telephone, either in person or via text messaging or recorded audio message, in
/// excess of two such communications in each seven-day period to either the debtor's residence, cellular telephone, or
/// other personal telephone number, or two such communications in each 30-day period other than at a debtor's residence,
/// cellular telephone, or other personal telephone number", per debt; calls answering the debtor's request are not
/// counted. Unanswered calls count unless the caller was truly unable to reach the debtor or leave a message
/// (Armata v. Target, 2018): the engine counts every placed call and text except those not connected (conservative).
/// A past attempt to a number no longer on file counts in both buckets. Applies to both regimes.
/// </summary>
internal sealed class MassachusettsCallLimits : IContactRule
{
    public string Id => "MA-CALLS";

    public string Citation => "209 CMR 18.16(1)(d); 940 CMR 7.04(1)(f)";

    public RuleVerdict Evaluate(ContactContext context, DateTimeOffset at)
    {
        var overlay = context.RuleSet.Massachusetts;
        if (!context.Is(Jurisdiction.Massachusetts) || at < overlay.EffectiveFrom
            || context.Request.Channel is not (ContactChannel.Call or ContactChannel.Text) || context.DestinationPhone is not { } phone)
        {
            return RuleVerdict.Pass;
        }

        var personal = IsPersonal(phone.Use);
        var max = personal ? overlay.MaxPerWeekHomeOrCell : overlay.MaxPerMonthOtherNumbers;
        var window = personal ? overlay.Week : overlay.Month;
        var attempts = context.Facts.Attempts;
        var debts = context.Facts.Debts;
        Span<long> buffer = attempts.Count <= 256 ? stackalloc long[attempts.Count] : new long[attempts.Count];
        DateTimeOffset? until = null;
        for (var d = 0; d < debts.Count; d++)
        {
            var count = 0;
            for (var i = 0; i < attempts.Count; i++)
            {
                var attempt = attempts[i];
                if (attempt.Channel is not (ContactChannel.Call or ContactChannel.Text) || attempt.Outcome == AttemptOutcome.NotConnected
                    || attempt.RespondsToConsumerRequest || !RollingWindow.Holds(attempt.At, at, window) || !context.ConcernsKey(attempt, debts[d]))
                {
                    continue;
                }

                var target = context.PhoneOnFile(attempt.Destination);
                if (target is null || IsPersonal(target.Use) == personal)
                {
                    buffer[count++] = attempt.At.UtcTicks;
                }
            }

            if (RollingWindow.FreeFrom(buffer[..count], max, window) is { } free && (until is null || free > until))
            {
                until = free;
            }
        }

        return until is { } allowed
            ? RuleVerdict.BlockUntil(allowed, personal
                ? $"Massachusetts: {max} calls or texts about this account to home or cell numbers in 7 days already."
                : $"Massachusetts: {max} calls or texts about this account to other numbers in 30 days already.")
            : RuleVerdict.Pass;
    }

    private static bool IsPersonal(PhoneUse use) => use is PhoneUse.Home or PhoneUse.Mobile;
}
