namespace DebtHub.TwilioSandbox.Api;

/// <summary>Twilio's error body: <c>{"code","message","more_info","status"}</c>.</summary>
internal static class TwilioErrors
{
    public static IResult Error(int status, int code, string message) => Results.Json(
        new Dictionary<string, object> { ["code"] = code, ["message"] = message, ["more_info"] = $"https://www.twilio.com/docs/errors/{code}", ["status"] = status },
        statusCode: status);

    public static IResult Authenticate() => Error(401, 20003, "Authenticate");

    public static IResult NotFound(string path) => Error(404, 20404, $"The requested resource {path} was not found");

    public static IResult InvalidTo(string to) => Error(400, 21211, $"The 'To' number {to} is not a valid phone number.");

    public static IResult InvalidUrl(string url) => Error(400, 21205, $"Url is not a valid URL: {url}");

    /// <summary>A create request Twilio refuses for the callee (a rule's <c>rejectCode</c>); nothing is created.</summary>
    public static IResult Refused(int code, string to) => Error(400, code, code switch
    {
        21215 => $"Account not authorized to call {to}. Perhaps you need to enable some international permissions: https://www.twilio.com/console/voice/calls/geo-permissions/low-risk",
        21216 => $"Account not allowed to call {to}",
        21217 => "Phone number does not appear to be valid",
        _ => $"The call to {to} was refused",
    });

    public static IResult InvalidState() => Error(400, 21220, "Call is not in-progress. Cannot redirect.");
}
