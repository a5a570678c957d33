using DebtHub.Domain.Compliance.Evaluation;
using DebtHub.Domain.Compliance.Facts;
using DebtHub.Domain.Compliance.Location;

namespace DebtHub.Domain.Compliance.Rules;

/// <summary>
/// RCW 19.16.250(13): a licensee shall not communicate with the debtor "(a) at any time ... more than three times in a
/// single week; (b) ... at his or her place of employment more than one time in a single week ...; (c) at his or her
/// residence ... before 7:30 a.m. or after 9:00 p.m." RULES.md rates the sub-text M and notes it is unsettled whether
/// unanswered attempts count: the engine counts every call, text and email attempt to the person (all debts), reads the
/// week as a rolling 7 days, and checks the home hours in every candidate zone (conservative). Applied to both regimes.
/// </summary>
internal sealed class WashingtonCallLimits : IContactRule
{
    public string Id => "WA-CALLS";

    public string Citation => "RCW 19.16.250(13)";

    public RuleVerdict Evaluate(ContactContext context, DateTimeOffset at)
    {
        var overlay = context.RuleSet.Washington;
        var request = context.Request;
        if (!context.Is(Jurisdiction.Washington) || at < overlay.EffectiveFrom || request.Channel == ContactChannel.Letter)
        {
            return RuleVerdict.Pass;
        }

        var atWork = context.DestinationPhone is { IsWork: true } && request.Channel is ContactChannel.Call or ContactChannel.Text;
        var attempts = context.Facts.Attempts;
        Span<long> all = attempts.Count <= 128 ? stackalloc long[attempts.Count] : new long[attempts.Count];
        Span<long> work = attempts.Count <= 128 ? stackalloc long[attempts.Count] : new long[attempts.Count];
        int allCount = 0, workCount = 0;
        for (var i = 0; i < attempts.Count; i++)
        {
            var attempt = attempts[i];
            if (attempt.Channel == ContactChannel.Letter || !RollingWindow.Holds(attempt.At, at, overlay.Week))
            {
                continue;
            }

            all[allCount++] = attempt.At.UtcTicks;
            if (atWork && attempt.Channel is ContactChannel.Call or ContactChannel.Text && context.PhoneOnFile(attempt.Destination) is { IsWork: true })
            {
                work[workCount++] = attempt.At.UtcTicks;
            }
        }

        DateTimeOffset? until = RollingWindow.FreeFrom(all[..allCount], overlay.MaxPerWeek, overlay.Week);
        var reason = until is null ? null : $"Washington: {overlay.MaxPerWeek} contacts with the debtor in 7 days already.";
        if (atWork && RollingWindow.FreeFrom(work[..workCount], overlay.MaxPerWeekAtWork, overlay.Week) is { } workFree)
        {
            reason ??= $"Washington: {overlay.MaxPerWeekAtWork} contact at the debtor's workplace in 7 days already.";
            until = until is null || workFree > until ? workFree : until;
        }

        if (request.Channel is ContactChannel.Call or ContactChannel.Text && context.DestinationPhone is { Use: PhoneUse.Home or PhoneUse.Mobile })
        {
            var start = overlay.EarliestAtHome.ToTimeSpan();
            var end = overlay.LatestAtHome.ToTimeSpan();
            var probe = until ?? at;
            if (!DailyWindow.IsOpen(probe, context.CandidateZones, start, end))
            {
                var opens = DailyWindow.NextOpen(probe, context.CandidateZones, start, end);
                if (opens is null)
                {
                    return RuleVerdict.BlockUntilPersonActs("Washington: no time is within home calling hours in every possible zone.");
                }

                reason ??= $"Washington: no calls to the home before {overlay.EarliestAtHome:HH\\:mm} or after {overlay.LatestAtHome:HH\\:mm}.";
                until = opens;
            }
        }

        return until is { } allowed && reason is not null ? RuleVerdict.BlockUntil(allowed, reason) : RuleVerdict.Pass;
    }
}
