using DebtHub.Domain.Compliance.Evaluation;

namespace DebtHub.Domain.Compliance.Rules;

/// <summary>
/// Policy, not law (RULES.md FREQ-PATTERN): "2 unanswered calls to one number within 5 min" rebuts the presumption of
/// compliance, so the creditor or campaign sets a minimum gap between attempts to one number (default 4 hours).
/// </summary>
internal sealed class PolicyMinimumSpacingOnNumber : IContactRule
{
    public string Id => "POLICY-SPACING";

    public string Citation => "Creditor/campaign policy; CFPB Reg F FAQ (rebuttal factors, comment 14(b)(2))";

    public RuleVerdict Evaluate(ContactContext context, DateTimeOffset at)
    {
        if (context.Policy.MinSpacingOnOneNumber is not { } spacing || spacing <= TimeSpan.Zero
            || context.Request.Channel is not (ContactChannel.Call or ContactChannel.Text))
        {
            return RuleVerdict.Pass;
        }

        var destination = context.Request.Destination;
        var attempts = context.Facts.Attempts;
        var atTicks = at.UtcTicks;
        var latest = long.MinValue;
        for (var i = 0; i < attempts.Count; i++)
        {
            var attempt = attempts[i];
            var ticks = attempt.At.UtcTicks;
            if (ticks < atTicks && ticks > latest && attempt.Channel is ContactChannel.Call or ContactChannel.Text
                && string.Equals(attempt.Destination, destination, StringComparison.Ordinal))
            {
                latest = ticks;
            }
        }

        return latest != long.MinValue && latest + spacing.Ticks > atTicks
            ? RuleVerdict.BlockUntil(new DateTimeOffset(latest + spacing.Ticks, TimeSpan.Zero), $"Policy: attempts to one number must be at least {spacing.TotalHours:0.##} hours apart.")
            : RuleVerdict.Pass;
    }
}
