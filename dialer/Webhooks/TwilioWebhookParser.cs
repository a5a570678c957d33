using System.Globalization;
using System.Text.RegularExpressions;
using DebtHub.Infrastructure.Twilio.Calls;
using DebtHub.Infrastructure.Twilio.Rest;
using Microsoft.AspNetCore.Http;

namespace DebtHub.Dialer.Webhooks;

/// <summary>
/// Reads Twilio's form parameters into typed events. Anything required that is missing or malformed is an error
/// (the endpoint answers 400 and records nothing); parameters we do not use are ignored.
/// </summary>
internal static partial class TwilioWebhookParser
{
    public static bool TryParseAnswer(IFormCollection form, out VoiceAnswerEvent? answer, out string? error)
    {
        answer = null;
        if (!TryCall(form, out var callSid, out var accountSid, out error) || !TryStatus(form, "CallStatus", out var status, out error)
            || !TryOptionalAnsweredBy(form, out var answeredBy, out error))
        {
            return false;
        }

        answer = new VoiceAnswerEvent(callSid, accountSid, status, answeredBy);
        return true;
    }

    public static bool TryParseStatus(IFormCollection form, out CallStatusEvent? status, out string? error)
    {
        status = null;
        if (!TryCall(form, out var callSid, out var accountSid, out error) || !TryStatus(form, "CallStatus", out var callStatus, out error)
            || !TryOptionalInt(form, "SequenceNumber", out var sequence, out error)
            || !TryOptionalInt(form, "CallDuration", out var duration, out error)
            || !TryOptionalInt(form, "SipResponseCode", out var sip, out error)
            || !TryOptionalAnsweredBy(form, out var answeredBy, out error))
        {
            return false;
        }

        DateTimeOffset? timestamp = null;
        if (Single(form, "Timestamp") is { Length: > 0 } text)
        {
            if (!Rfc2822Date.TryParse(text, out var parsed))
            {
                error = "Timestamp is not an RFC 2822 date.";
                return false;
            }

            timestamp = parsed;
        }

        if (sequence < 0)
        {
            error = "SequenceNumber must not be negative.";
            return false;
        }

        status = new CallStatusEvent(callSid, accountSid, callStatus, sequence, timestamp, duration, answeredBy, sip);
        return true;
    }

    public static bool TryParseAmd(IFormCollection form, out AmdResultEvent? amd, out string? error)
    {
        amd = null;
        if (!TryCall(form, out var callSid, out var accountSid, out error)
            || !TryOptionalAnsweredBy(form, out var answeredBy, out error)
            || !TryOptionalInt(form, "MachineDetectionDuration", out var detection, out error))
        {
            return false;
        }

        if (answeredBy is null)
        {
            error = "AnsweredBy is required.";
            return false;
        }

        amd = new AmdResultEvent(callSid, accountSid, answeredBy.Value, detection);
        return true;
    }

    public static bool TryParseDialAction(IFormCollection form, out DialActionEvent? dial, out string? error)
    {
        dial = null;
        if (!TryCall(form, out var callSid, out var accountSid, out error) || !TryOptionalInt(form, "DialCallDuration", out var duration, out error))
        {
            return false;
        }

        var dialStatus = Single(form, "DialCallStatus");
        if (string.IsNullOrEmpty(dialStatus) || !WordPattern().IsMatch(dialStatus))
        {
            error = "DialCallStatus is required.";
            return false;
        }

        var dialCallSid = Single(form, "DialCallSid");
        if (dialCallSid is { Length: > 0 } && !CallSidPattern().IsMatch(dialCallSid))
        {
            error = "DialCallSid is not a call SID.";
            return false;
        }

        dial = new DialActionEvent(callSid, accountSid, dialStatus, string.IsNullOrEmpty(dialCallSid) ? null : dialCallSid, duration);
        return true;
    }

    private static bool TryCall(IFormCollection form, out string callSid, out string accountSid, out string? error)
    {
        callSid = Single(form, "CallSid") ?? "";
        accountSid = Single(form, "AccountSid") ?? "";
        error = !CallSidPattern().IsMatch(callSid) ? "CallSid is missing or not a call SID."
            : !AccountSidPattern().IsMatch(accountSid) ? "AccountSid is missing or not an account SID."
            : null;
        return error is null;
    }

    private static bool TryStatus(IFormCollection form, string name, out CallStatus status, out string? error)
    {
        var value = Single(form, name);
        status = CallStatus.FromValue(value ?? "");
        error = string.IsNullOrEmpty(value) || !WordPattern().IsMatch(value) ? $"{name} is required." : null;
        return error is null;
    }

    private static bool TryOptionalAnsweredBy(IFormCollection form, out AnsweredBy? answeredBy, out string? error)
    {
        var value = Single(form, "AnsweredBy");
        answeredBy = string.IsNullOrEmpty(value) ? null : AnsweredBy.FromValue(value);
        error = value is { Length: > 0 } && !WordPattern().IsMatch(value) ? "AnsweredBy is malformed." : null;
        return error is null;
    }

    private static bool TryOptionalInt(IFormCollection form, string name, out int? value, out string? error)
    {
        value = null;
        error = null;
        var text = Single(form, name);
        if (string.IsNullOrEmpty(text))
        {
            return true;
        }

        if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed))
        {
            error = $"{name} is not a whole number.";
            return false;
        }

        value = parsed;
        return true;
    }

    /// <summary>A parameter Twilio sends once; a repeated one is treated as malformed by returning a non-matching value.</summary>
    private static string? Single(IFormCollection form, string name) =>
        form.TryGetValue(name, out var values) ? (values.Count == 1 ? values[0] : "\u0000repeated") : null;

    [GeneratedRegex("^CA[0-9a-fA-F]{32}$")]
    private static partial Regex CallSidPattern();

    [GeneratedRegex("^AC[0-9a-fA-F]{32}$")]
    private static partial Regex AccountSidPattern();

    [GeneratedRegex("^[a-z][a-z_-]{0,39}$")]
    private static partial Regex WordPattern();
}
