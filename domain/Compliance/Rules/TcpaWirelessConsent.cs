using DebtHub.Domain.Compliance.Evaluation;
using DebtHub.Domain.Compliance.Facts;

namespace DebtHub.Domain.Compliance.Rules;

/// <summary>
/// 47 USC 227(b)(1)(A)(iii); 47 CFR 64.1200(a)(1)(iii): no call "using any automatic telephone dialing system or an
/// artificial or prerecorded voice ... to any telephone number assigned to a ... cellular telephone service" without the
/// called party's prior express consent. Conservative readings: progressive and predictive dialing are treated as
/// autodialed (whether list dialing is an ATDS after Facebook v. Duguid is unsettled), texts from the platform likewise,
/// and a number whose line type is unknown or VoIP is treated as wireless. Manual dial and preview pass. The 15-day
/// port safe harbor is not used: we know the line is wireless when we ask.
/// </summary>
internal sealed class TcpaWirelessConsent : IContactRule
{
    public string Id => "TCPA-WIRELESS-CONSENT";

    public string Citation => "47 USC 227(b)(1)(A)(iii); 47 CFR 64.1200(a)(1)(iii)";

    public RuleVerdict Evaluate(ContactContext context, DateTimeOffset at)
    {
        var request = context.Request;
        var prerecorded = request.Mode == ContactMode.Prerecorded;
        var automated = prerecorded || request.Mode is ContactMode.Progressive or ContactMode.Predictive || request.Channel == ContactChannel.Text;
        if (!automated || request.Channel is not (ContactChannel.Call or ContactChannel.Text) || context.DestinationPhone is not { } phone)
        {
            return RuleVerdict.Pass;
        }

        if (phone.LineType == LineType.Landline)
        {
            return RuleVerdict.Pass;
        }

        if (phone.TcpaConsents is { } consents)
        {
            for (var i = 0; i < consents.Count; i++)
            {
                if (consents[i].IsActiveAt(at) && (!prerecorded || consents[i].CoversPrerecorded))
                {
                    return RuleVerdict.Pass;
                }
            }
        }

        var what = prerecorded ? "a prerecorded or artificial-voice call" : request.Channel == ContactChannel.Text ? "an automated text" : "an autodialed call";
        var line = phone.LineType == LineType.Wireless ? "a wireless number" : "a number that may be wireless";
        return RuleVerdict.BlockUntilPersonActs($"No prior express consent on file for {what} to {line}: dial it by hand instead.");
    }
}
