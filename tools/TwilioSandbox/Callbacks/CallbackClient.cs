using Microsoft.Extensions.Options;

namespace DebtHub.TwilioSandbox.Callbacks;

/// <summary>Posts signed form requests to the application (answer URL, callbacks) and returns the body.</summary>
public sealed partial class CallbackClient(HttpClient http, IOptions<SandboxOptions> options, ILogger<CallbackClient> logger)
{
    public async Task<string?> PostAsync(Uri url, IReadOnlyList<KeyValuePair<string, string>> parameters, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new FormUrlEncodedContent(parameters) };
        request.Headers.Add("X-Twilio-Signature", Signer.Sign(options.Value.AuthToken, url.AbsoluteUri, parameters));
        request.Headers.UserAgent.ParseAdd("TwilioProxy/1.1");
        try
        {
            using var response = await http.SendAsync(request, cancellationToken);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                LogFailed(logger, url.AbsolutePath, (int)response.StatusCode);
                return null;
            }

            return body;
        }
        catch (HttpRequestException ex)
        {
            LogUnreachable(logger, url.AbsolutePath, ex.Message);
            return null;
        }
    }

    [LoggerMessage(EventId = 9001, Level = LogLevel.Warning, Message = "Callback {Path} answered {Status}")]
    private static partial void LogFailed(ILogger logger, string path, int status);

    [LoggerMessage(EventId = 9002, Level = LogLevel.Warning, Message = "Callback {Path} unreachable: {Reason}")]
    private static partial void LogUnreachable(ILogger logger, string path, string reason);
}
