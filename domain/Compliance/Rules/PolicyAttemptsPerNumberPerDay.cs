using DebtHub.Domain.Compliance.Evaluation;

namespace DebtHub.Domain.Compliance.Rules;

/// <summary>
/// Policy, not law (RULES.md FREQ-PATTERN): the CFPB names "7 calls to one number in a day" among the facts that rebut
/// the 7-in-7 presumption of compliance, so the creditor or campaign caps calls and texts to one number per day (the
/// stricter setting wins). "A day" is a rolling 24 hours, stricter than a calendar day.
/// </summary>
internal sealed class PolicyAttemptsPerNumberPerDay : IContactRule
{
    private static readonly TimeSpan Day = TimeSpan.FromHours(24);

    public string Id => "POLICY-NUMBER-DAY";

    public string Citation => "Creditor/campaign policy; CFPB Reg F FAQ (rebuttal factors, comment 14(b)(2))";

    public RuleVerdict Evaluate(ContactContext context, DateTimeOffset at)
    {
        if (context.Policy.MaxAttemptsPerNumberPerDay is not { } max || context.Request.Channel is not (ContactChannel.Call or ContactChannel.Text))
        {
            return RuleVerdict.Pass;
        }

        var destination = context.Request.Destination;
        var attempts = context.Facts.Attempts;
        Span<long> buffer = attempts.Count <= 256 ? stackalloc long[attempts.Count] : new long[attempts.Count];
        var count = 0;
        for (var i = 0; i < attempts.Count; i++)
        {
            var attempt = attempts[i];
            if (attempt.Channel is ContactChannel.Call or ContactChannel.Text && RollingWindow.Holds(attempt.At, at, Day)
                && string.Equals(attempt.Destination, destination, StringComparison.Ordinal))
            {
                buffer[count++] = attempt.At.UtcTicks;
            }
        }

        return RollingWindow.FreeFrom(buffer[..count], max, Day) is { } free
            ? RuleVerdict.BlockUntil(free, $"Policy: at most {max} attempt(s) to one number in 24 hours.")
            : RuleVerdict.Pass;
    }
}
