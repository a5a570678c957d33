using DebtHub.Domain.Common;

namespace DebtHub.Domain.Campaigns;

/// <summary>
/// What happens when a machine answers. <see cref="HangUp"/> leaves nothing. <see cref="LeaveLimitedContentMessage"/>
/// leaves the checked template, and only where the compliance gate's permit allows a voicemail (frequency, TCPA consent
/// for a prerecorded voice); elsewhere the call ends without a message. Leaving one needs answering-machine detection.
/// </summary>
public sealed record VoicemailPolicy(bool LeaveMessage, string? Template, string? BusinessName, string? ContactName, string? CallbackNumber)
{
    public static VoicemailPolicy HangUp { get; } = new(false, null, null, null, null);

    public static VoicemailPolicy LeaveLimitedContentMessage(string? template, string? businessName, string? contactName, string? callbackNumber)
    {
        var problems = LimitedContentMessage.Check(template, businessName, contactName).ToList();
        string? callback = null;
        if (!PhoneNumber.TryParse(callbackNumber, out var number, out var error))
        {
            problems.Add($"Callback number: {error}");
        }
        else
        {
            callback = number.Value;
        }

        if (problems.Count > 0)
        {
            throw new DomainException("NOT_A_LIMITED_CONTENT_MESSAGE", string.Join(" ", problems));
        }

        return new VoicemailPolicy(true, template!.Trim(), businessName!.Trim(), contactName!.Trim(), callback);
    }

    /// <summary>The message for a machine answer at the debtor's local time, or null when none may be left.</summary>
    public string? MessageFor(bool permitAllowsVoicemail, DateTime local) =>
        LeaveMessage && permitAllowsVoicemail
            ? LimitedContentMessage.Render(Template!, BusinessName!, ContactName!, CallbackNumber!, local)
            : null;
}
