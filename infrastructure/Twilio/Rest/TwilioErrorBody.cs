using System.Net;
using System.Text.Json;

namespace DebtHub.Infrastructure.Twilio.Rest;

/// <summary>
/// Turns an error response into <see cref="TwilioApiException"/>. Twilio's body is
/// <c>{"code":21211,"message":"…","more_info":"https://www.twilio.com/docs/errors/21211","status":400}</c>; newer
/// endpoints (and validating mocks) answer RFC 9457 problem+json (<c>title</c>, <c>detail</c>) instead.
/// </summary>
internal static class TwilioErrorBody
{
    public static TwilioApiException ToException(HttpStatusCode status, string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object)
            {
                int? code = root.TryGetProperty("code", out var c) && c.ValueKind == JsonValueKind.Number && c.TryGetInt32(out var n) ? n : null;
                var message = Text(root, "message") ?? JoinProblem(root) ?? $"Twilio answered {(int)status}.";
                var moreInfo = Text(root, "more_info") is { } link && Uri.TryCreate(link, UriKind.Absolute, out var uri) ? uri : null;
                return new TwilioApiException(status, code, message, moreInfo);
            }
        }
        catch (JsonException)
        {
            // Not JSON (a load balancer's page): fall through to a generic message.
        }

        var snippet = body.Length > 200 ? body[..200] : body;
        return new TwilioApiException(status, null, $"Twilio answered {(int)status} without an error body: {snippet}", null);
    }

    private static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string? JoinProblem(JsonElement root)
    {
        var title = Text(root, "title");
        var detail = Text(root, "detail");
        var parts = new List<string?> { title, detail };
        if (root.TryGetProperty("validation", out var validation) && validation.ValueKind == JsonValueKind.Array)
        {
            parts.AddRange(validation.EnumerateArray().Select(v => Text(v, "message")));
        }

        var text = string.Join(": ", parts.Where(p => !string.IsNullOrEmpty(p)));
        return text.Length == 0 ? null : text;
    }
}
