using DebtHub.Domain.Compliance.Evaluation;
using DebtHub.Domain.Compliance.Facts;

namespace DebtHub.Domain.Compliance.Rules;

/// <summary>
/// 47 CFR 64.1200(a)(3)(ii)–(v) as amended by FCC 20-186: non-telemarketing calls to a residential line "using an
/// artificial or prerecorded voice" without prior express consent are exempt only if they do not exceed "three calls
/// within any consecutive 30-day period to the residential line". Every prerecorded call placed to the line counts
/// (answered or not, conservative); consent covering prerecorded voice lifts the cap.
/// </summary>
internal sealed class PrerecordedCallsToResidentialLine : IContactRule
{
    public string Id => "TCPA-PRERECORD-RESIDENTIAL";

    public string Citation => "47 USC 227(b)(1)(B); 47 CFR 64.1200(a)(3)";

    public RuleVerdict Evaluate(ContactContext context, DateTimeOffset at)
    {
        var request = context.Request;
        if (request.Channel != ContactChannel.Call || request.Mode != ContactMode.Prerecorded || context.DestinationPhone is not { LineType: LineType.Landline } phone)
        {
            return RuleVerdict.Pass;
        }

        if (phone.TcpaConsents is { } consents)
        {
            for (var i = 0; i < consents.Count; i++)
            {
                if (consents[i].IsActiveAt(at) && consents[i].CoversPrerecorded)
                {
                    return RuleVerdict.Pass;
                }
            }
        }

        var limits = context.RuleSet.Tcpa;
        var attempts = context.Facts.Attempts;
        Span<long> buffer = attempts.Count <= 256 ? stackalloc long[attempts.Count] : new long[attempts.Count];
        var count = 0;
        for (var i = 0; i < attempts.Count; i++)
        {
            var attempt = attempts[i];
            if (attempt.Mode == ContactMode.Prerecorded && attempt.Channel == ContactChannel.Call
                && RollingWindow.Holds(attempt.At, at, limits.PrerecordedWindow)
                && string.Equals(attempt.Destination, phone.Number, StringComparison.Ordinal))
            {
                buffer[count++] = attempt.At.UtcTicks;
            }
        }

        return RollingWindow.FreeFrom(buffer[..count], limits.MaxPrerecordedToResidentialWithoutConsent, limits.PrerecordedWindow) is { } free
            ? RuleVerdict.BlockUntil(free, $"{limits.MaxPrerecordedToResidentialWithoutConsent} prerecorded calls already reached this home line in 30 days without consent.")
            : RuleVerdict.Pass;
    }
}
