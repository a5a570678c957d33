using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DebtHub.Infrastructure.Twilio.Rest;

/// <summary>Which failures may be retried for a request.</summary>
internal enum RetryScope
{
    /// <summary>Only 429: Twilio never processed the request. The only safe retry for a POST.</summary>
    TooManyRequestsOnly,

    /// <summary>429, 5xx and transport failures: for reads (GET), which change nothing.</summary>
    Idempotent,
}

/// <summary>
/// Sends one logical request: waits for a concurrency slot, retries only where safe, and turns non-2xx answers into
/// <see cref="TwilioApiException"/>. A request is rebuilt for each attempt because HttpRequestMessage cannot be resent.
/// </summary>
internal sealed partial class TwilioRestTransport(
    HttpClient http,
    TwilioRequestThrottle throttle,
    TimeProvider time,
    IOptions<TwilioOptions> options,
    ILogger<TwilioRestTransport> logger)
{
    private static readonly TimeSpan _baseBackoff = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan _maxBackoff = TimeSpan.FromSeconds(30);

    public async Task<string> SendAsync(Func<HttpRequestMessage> build, RetryScope scope, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            var canRetry = attempt < options.Value.MaxRetries;
            HttpResponseMessage response;
            using (var request = build())
            {
                using var slot = await throttle.EnterAsync(cancellationToken);
                try
                {
                    response = await http.SendAsync(request, cancellationToken);
                }
                catch (Exception ex) when (scope == RetryScope.Idempotent && canRetry && IsTransient(ex, cancellationToken))
                {
                    LogRetry(logger, request.Method.Method, 0, attempt + 1);
                    await DelayAsync(Backoff(attempt), cancellationToken);
                    continue;
                }
            }

            using (response)
            {
                var body = await response.Content.ReadAsStringAsync(cancellationToken);
                if (response.IsSuccessStatusCode)
                {
                    return body;
                }

                var retryable = response.StatusCode == HttpStatusCode.TooManyRequests
                    || (scope == RetryScope.Idempotent && (int)response.StatusCode >= 500);
                if (!retryable || !canRetry)
                {
                    throw TwilioErrorBody.ToException(response.StatusCode, body);
                }

                LogRetry(logger, response.RequestMessage?.Method.Method ?? "?", (int)response.StatusCode, attempt + 1);
                await DelayAsync(RetryAfter(response.Headers.RetryAfter) ?? Backoff(attempt), cancellationToken);
            }
        }
    }

    private static bool IsTransient(Exception ex, CancellationToken cancellationToken) =>
        ex is HttpRequestException || (ex is TaskCanceledException && !cancellationToken.IsCancellationRequested);

    private TimeSpan? RetryAfter(RetryConditionHeaderValue? header)
    {
        if (header?.Delta is { } delta)
        {
            return Min(delta, _maxBackoff);
        }

        if (header?.Date is { } date)
        {
            var wait = date - time.GetUtcNow();
            return wait > TimeSpan.Zero ? Min(wait, _maxBackoff) : TimeSpan.Zero;
        }

        return null;
    }

    /// <summary>Exponential backoff with full jitter, so throttled clients do not come back in lockstep.</summary>
    private static TimeSpan Backoff(int attempt)
    {
        var ceiling = Min(_baseBackoff * Math.Pow(2, attempt), _maxBackoff);
        return ceiling * (0.5 + (Random.Shared.NextDouble() / 2));
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    private Task DelayAsync(TimeSpan delay, CancellationToken cancellationToken) =>
        Task.Delay(delay, time, cancellationToken);

    [LoggerMessage(EventId = 4101, Level = LogLevel.Warning, Message = "Twilio {Method} answered {Status}; retry {Attempt}")]
    private static partial void LogRetry(ILogger logger, string method, int status, int attempt);
}
