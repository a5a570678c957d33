using DebtHub.Domain.Compliance.Evaluation;
using DebtHub.Domain.Compliance.Facts;

namespace DebtHub.Domain.Compliance.Rules;

/// <summary>
/// Policy, not law (RULES.md FREQ-PATTERN: "frequent voicemails" rebut the presumption of compliance): at most N
/// voicemails to the person in a rolling 7 days. A voicemail drop (prerecorded mode) over the cap is blocked; a live
/// call still goes out, but its decision says it may not leave a voicemail.
/// </summary>
internal sealed class PolicyVoicemailsPerWeek : IContactRule
{
    private static readonly TimeSpan Week = TimeSpan.FromDays(7);

    public string Id => "POLICY-VOICEMAIL";

    public string Citation => "Creditor/campaign policy; CFPB Reg F FAQ (rebuttal factors, comment 14(b)(2))";

    public RuleVerdict Evaluate(ContactContext context, DateTimeOffset at)
    {
        if (context.Request is not { Channel: ContactChannel.Call, Mode: ContactMode.Prerecorded } || context.Policy.MaxVoicemailsPerWeek is not { } max)
        {
            return RuleVerdict.Pass;
        }

        if (max == 0)
        {
            return RuleVerdict.BlockUntilPersonActs("Policy: no voicemail drops for this creditor or campaign.");
        }

        return FreeFrom(context, at, max) is { } free
            ? RuleVerdict.BlockUntil(free, $"Policy: at most {max} voicemail(s) to the consumer in 7 days.")
            : RuleVerdict.Pass;
    }

    /// <summary>Whether a live call placed now may leave a voicemail under the policy.</summary>
    public static bool MayLeaveVoicemail(ContactContext context, DateTimeOffset at) =>
        context.Policy.MaxVoicemailsPerWeek is not { } max || (max > 0 && FreeFrom(context, at, max) is null);

    private static DateTimeOffset? FreeFrom(ContactContext context, DateTimeOffset at, int max)
    {
        var attempts = context.Facts.Attempts;
        Span<long> buffer = attempts.Count <= 256 ? stackalloc long[attempts.Count] : new long[attempts.Count];
        var count = 0;
        for (var i = 0; i < attempts.Count; i++)
        {
            var attempt = attempts[i];
            if (attempt.Outcome == AttemptOutcome.Voicemail && RollingWindow.Holds(attempt.At, at, Week))
            {
                buffer[count++] = attempt.At.UtcTicks;
            }
        }

        return RollingWindow.FreeFrom(buffer[..count], max, Week);
    }
}
