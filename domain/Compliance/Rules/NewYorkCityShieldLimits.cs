using DebtHub.Domain.Compliance.Evaluation;
using DebtHub.Domain.Compliance.Location;

namespace DebtHub.Domain.Compliance.Rules;

/// <summary>
/// 6 RCNY 5-77 as amended by the DCWP SHIELD Collection Rule (published 2026-02-26, effective 2026-09-01): no more than
/// three communications or attempts in seven days across phone, text and email (mail uncapped), per account; binds
/// creditors in debt collection procedures too. RULES.md rates this M and asks to verify the exceptions
/// (consumer-initiated, limited-content voicemails): the engine applies none of them and counts every call, text and
/// email attempt, connected or not (conservative).
/// </summary>
internal sealed class NewYorkCityShieldLimits : IContactRule
{
    public string Id => "NYC-SHIELD";

    public string Citation => "6 RCNY 5-77 (DCWP SHIELD Collection Rule)";

    public RuleVerdict Evaluate(ContactContext context, DateTimeOffset at)
    {
        var overlay = context.RuleSet.NewYorkCity;
        if (!context.Is(Jurisdiction.NewYorkCity) || at < overlay.EffectiveFrom || context.Request.Channel == ContactChannel.Letter)
        {
            return RuleVerdict.Pass;
        }

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
                if (attempt.Channel != ContactChannel.Letter && RollingWindow.Holds(attempt.At, at, overlay.Week) && attempt.Concerns(debts[d].Id))
                {
                    buffer[count++] = attempt.At.UtcTicks;
                }
            }

            if (RollingWindow.FreeFrom(buffer[..count], overlay.MaxAttemptsPerWeek, overlay.Week) is { } free && (until is null || free > until))
            {
                until = free;
            }
        }

        return until is { } allowed
            ? RuleVerdict.BlockUntil(allowed, $"New York City: {overlay.MaxAttemptsPerWeek} calls, texts or emails about this account in 7 days already.")
            : RuleVerdict.Pass;
    }
}
