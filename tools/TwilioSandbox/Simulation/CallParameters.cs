namespace DebtHub.TwilioSandbox.Simulation;

internal static class CallParameters
{
    /// <summary>The parameters Twilio sends with every voice request about a call.</summary>
    public static List<KeyValuePair<string, string>> For(SandboxCall call, string accountSid, string status) =>
    [
        new("CallSid", call.Sid),
        new("AccountSid", accountSid),
        new("From", call.Request.From),
        new("To", call.Request.To),
        new("CallStatus", status),
        new("ApiVersion", "2010-04-01"),
        new("Direction", "outbound-api"),
    ];
}
