using System.Globalization;
using DebtHub.TwilioSandbox.Simulation;

namespace DebtHub.TwilioSandbox.Api;

/// <summary>The Call resource in Twilio's JSON shape (snake_case, RFC 2822 dates, numbers as strings).</summary>
internal static class CallJson
{
    public static Dictionary<string, object?> Of(SandboxCall call, string accountSid)
    {
        lock (call.Gate)
        {
            var uri = $"/2010-04-01/Accounts/{accountSid}/Calls/{call.Sid}.json";
            return new Dictionary<string, object?>
            {
                ["sid"] = call.Sid,
                ["account_sid"] = accountSid,
                ["parent_call_sid"] = call.Request.ParentCallSid,
                ["date_created"] = Date(call.DateCreated),
                ["date_updated"] = Date(call.DateUpdated),
                ["to"] = call.Request.To,
                ["to_formatted"] = call.Request.To,
                ["from"] = call.Request.From,
                ["from_formatted"] = call.Request.From,
                ["phone_number_sid"] = null,
                ["status"] = call.Status,
                ["start_time"] = Date(call.StartTime),
                ["end_time"] = Date(call.EndTime),
                ["duration"] = call.IsTerminal ? call.DurationSeconds.ToString(CultureInfo.InvariantCulture) : null,
                ["price"] = null,
                ["price_unit"] = "USD",
                ["direction"] = "outbound-api",
                ["answered_by"] = call.AnsweredBy,
                ["api_version"] = "2010-04-01",
                ["forwarded_from"] = null,
                ["group_sid"] = null,
                ["caller_name"] = null,
                ["queue_time"] = ((long)(call.QueueSeconds * 1000)).ToString(CultureInfo.InvariantCulture),
                ["trunk_sid"] = null,
                ["uri"] = uri,
                ["subresource_uris"] = new Dictionary<string, string>
                {
                    ["recordings"] = uri.Replace(".json", "/Recordings.json", StringComparison.Ordinal),
                    ["events"] = uri.Replace(".json", "/Events.json", StringComparison.Ordinal),
                },
            };
        }
    }

    private static string? Date(DateTimeOffset? value) =>
        value is { } v ? CallSimulator.Rfc2822(v) : null;
}
