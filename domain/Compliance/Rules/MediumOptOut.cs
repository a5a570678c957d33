using DebtHub.Domain.Compliance.Evaluation;
using DebtHub.Domain.Compliance.Facts;

namespace DebtHub.Domain.Compliance.Rules;

/// <summary>
/// 12 CFR 1006.14(h)(1): "a debt collector must not communicate or attempt to communicate with a person through a
/// medium of communication if the person has requested that the debt collector not use that medium to communicate with
/// the person." A request may be oral. Scoped as asked: "no texts" blocks the text channel, "not this number" blocks
/// that number for calls and texts. RULES.md rates this M and marks the reply-once exception [mem]; the engine does not
/// apply the exception (conservative) — a person must record a revocation.
/// </summary>
internal sealed class MediumOptOut : IContactRule
{
    public string Id => "MEDIUM-OPTOUT";

    public string Citation => "12 CFR 1006.14(h)";

    public RuleVerdict Evaluate(ContactContext context, DateTimeOffset at)
    {
        var request = context.Request;
        var optOuts = context.Facts.OptOuts;
        for (var i = 0; i < optOuts.Count; i++)
        {
            var optOut = optOuts[i];
            if (optOut.RecordedAt > at)
            {
                continue;
            }

            if (optOut.Destination is null && optOut.Channel == request.Channel)
            {
                return RuleVerdict.BlockUntilPersonActs($"The consumer asked not to be contacted by {Name(request.Channel)}.");
            }

            var sameNumber = optOut.Destination is not null
                && string.Equals(optOut.Destination, request.Destination, StringComparison.OrdinalIgnoreCase)
                && (optOut.Channel == request.Channel || IsPhoneChannel(optOut.Channel) && IsPhoneChannel(request.Channel) && optOut.Channel == ContactChannel.Call);
            if (sameNumber)
            {
                return RuleVerdict.BlockUntilPersonActs($"The consumer asked not to be contacted at this {(IsPhoneChannel(request.Channel) ? "number" : "address")}.");
            }
        }

        return RuleVerdict.Pass;
    }

    private static bool IsPhoneChannel(ContactChannel channel) => channel is ContactChannel.Call or ContactChannel.Text;

    private static string Name(ContactChannel channel) => channel switch
    {
        ContactChannel.Call => "phone",
        ContactChannel.Text => "text message",
        ContactChannel.Email => "email",
        _ => "letter",
    };
}
