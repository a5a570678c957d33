using DebtHub.Domain.Compliance.Evaluation;
using DebtHub.Domain.Compliance.Facts;
using DebtHub.Domain.Compliance.Location;

namespace DebtHub.Domain.Compliance.Rules;

/// <summary>
/// 12 CFR 1006.14(b)(2)(i)(B): a debt collector is presumed to violate 1006.14(b)(1) if it places a call "within a
/// period of seven consecutive days after having had a telephone conversation with the person in connection with the
/// collection of such debt. The date of the telephone conversation is the first day of the seven-consecutive-day
/// period." A conversation about several debts bars each (comment 14(b)(4)-1.ii); inbound conversations start the bar
/// too (M in RULES.md, applied). The conversation's local date is ambiguous when the consumer may be in several zones:
/// the bar ends at local midnight of day 8 in whichever candidate zone makes it end latest (conservative). Calls under a
/// direct consent (1006.14(b)(3)(i)) are excluded from the presumption.
/// </summary>
internal sealed class SevenDaysAfterConversation : IContactRule
{
    public string Id => "FREQ-CONV-BAR";

    public string Citation => "12 CFR 1006.14(b)(2)(i)(B)";

    public RuleVerdict Evaluate(ContactContext context, DateTimeOffset at)
    {
        if (!context.IsCall || !context.RegulationFApplies)
        {
            return RuleVerdict.Pass;
        }

        var days = context.RuleSet.RegulationF.ConversationBarDays;
        var horizon = at.AddDays(-(days + 2));
        var conversations = context.Facts.Conversations;
        var debts = context.Facts.Debts;
        var zones = context.CandidateZones;
        DateTimeOffset? until = null;
        for (var c = 0; c < conversations.Count; c++)
        {
            var conversation = conversations[c];
            if (conversation.At >= at || conversation.At < horizon || !ConcernsUnconsentedDebt(context, conversation, debts, at))
            {
                continue;
            }

            for (var z = 0; z < zones.Count; z++)
            {
                var localDate = ZoneClock.LocalTime(conversation.At, zones[z]).Date;
                var ends = ZoneClock.StartOfDay(localDate.AddDays(days), zones[z]);
                if (ends > at && (until is null || ends > until))
                {
                    until = ends;
                }
            }
        }

        return until is { } allowed
            ? RuleVerdict.BlockUntil(allowed, "The consumer had a phone conversation about this account within the last 7 days (the day of the conversation counts as day 1).")
            : RuleVerdict.Pass;
    }

    private static bool ConcernsUnconsentedDebt(ContactContext context, ConversationFacts conversation, IReadOnlyList<DebtFacts> debts, DateTimeOffset at)
    {
        for (var d = 0; d < debts.Count; d++)
        {
            var debt = debts[d];
            if (!context.DirectConsentCovers(debt.Id, at) && Mentions(conversation, debt, debts))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Mentions(ConversationFacts conversation, DebtFacts debt, IReadOnlyList<DebtFacts> debts)
    {
        for (var i = 0; i < conversation.DebtIds.Count; i++)
        {
            var id = conversation.DebtIds[i];
            if (id == debt.Id)
            {
                return true;
            }

            if (debt.FrequencyKey is { } key)
            {
                for (var d = 0; d < debts.Count; d++)
                {
                    if (debts[d].Id == id && debts[d].FrequencyKey == key)
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }
}
