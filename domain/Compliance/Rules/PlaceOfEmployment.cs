using DebtHub.Domain.Compliance.Evaluation;

namespace DebtHub.Domain.Compliance.Rules;

/// <summary>
/// 12 CFR 1006.6(b)(3): a debt collector must not communicate with a consumer "at the consumer's place of employment if
/// the debt collector knows or has reason to know that the consumer's employer prohibits the consumer from receiving
/// such communication"; a consumer's "don't call me at work" designates an inconvenient place (1006.6(b)(1)). Email to
/// an address the collector knows the employer provided is barred by 1006.22(f)(3). RULES.md rates these M; all are
/// applied to every regime (conservative).
/// </summary>
internal sealed class PlaceOfEmployment : IContactRule
{
    public string Id => "PLACE-EMPLOYMENT";

    public string Citation => "12 CFR 1006.6(b)(3); 1006.22(f)(3); 15 USC 1692c(a)(3)";

    public RuleVerdict Evaluate(ContactContext context, DateTimeOffset at)
    {
        var request = context.Request;
        if (request.Channel is ContactChannel.Call or ContactChannel.Text)
        {
            if (context.DestinationPhone is { IsWork: true } phone)
            {
                if (phone.EmployerProhibitsCalls)
                {
                    return RuleVerdict.BlockUntilPersonActs("This is a work number and the employer prohibits such calls.");
                }

                if (phone.ConsumerSaidNotAtWork)
                {
                    return RuleVerdict.BlockUntilPersonActs("The consumer asked not to be contacted at work.");
                }
            }

            return RuleVerdict.Pass;
        }

        if (request.Channel == ContactChannel.Email)
        {
            var emails = context.Facts.Emails;
            for (var i = 0; i < emails.Count; i++)
            {
                if (emails[i].EmployerProvided && string.Equals(emails[i].Address, request.Destination, StringComparison.OrdinalIgnoreCase))
                {
                    return RuleVerdict.BlockUntilPersonActs("This email address was provided by the consumer's employer; it may not be used.");
                }
            }
        }

        return RuleVerdict.Pass;
    }
}
