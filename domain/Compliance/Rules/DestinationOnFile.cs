using DebtHub.Domain.Compliance.Evaluation;

namespace DebtHub.Domain.Compliance.Rules;

/// <summary>
/// Engine policy: a call or text goes only to a number on file for the debtor, because every other rule (line type,
/// consent, work flag, opt-outs, area-code zones) is keyed to what we know about the number. An unknown number is added
/// (and looked up) by a person first.
/// </summary>
internal sealed class DestinationOnFile : IContactRule
{
    public string Id => "DESTINATION-ON-FILE";

    public string Citation => "DebtHub policy (every rule needs the number's facts)";

    public RuleVerdict Evaluate(ContactContext context, DateTimeOffset at) =>
        context.Request.Channel is ContactChannel.Call or ContactChannel.Text && context.DestinationPhone is null
            ? RuleVerdict.BlockUntilPersonActs("This number is not on file for the debtor: add it (with its line type) before calling or texting it.")
            : RuleVerdict.Pass;
}
