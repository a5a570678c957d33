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

    public static IResult InvalidState() => Error(400, 21220, "Call is not in-progress. Cannot redirect.");
}
