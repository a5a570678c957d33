using DebtHub.Infrastructure.Twilio;
using DebtHub.Infrastructure.Twilio.Webhooks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DebtHub.Dialer.Webhooks;

/// <summary>
/// Refuses (403) any webhook whose <c>X-Twilio-Signature</c> does not match the public URL and form parameters, before
/// the handler runs, so nothing is recorded for a forged request.
/// </summary>
internal sealed partial class TwilioSignatureFilter(
    TwilioRequestValidator validator,
    IOptions<TwilioOptions> options,
    ILogger<TwilioSignatureFilter> logger) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var signature = http.Request.Headers["X-Twilio-Signature"].ToString();
        if (string.IsNullOrEmpty(signature))
        {
            LogRefused(logger, http.Request.Path, "missing signature");
            return Results.StatusCode(StatusCodes.Status403Forbidden);
        }

        var url = PublicUrl(http, options.Value.PublicWebhookBaseUrl);
        bool valid;
        if (http.Request.HasFormContentType)
        {
            IFormCollection form;
            try
            {
                form = await http.Request.ReadFormAsync(http.RequestAborted);
            }
            catch (InvalidDataException)
            {
                return Results.BadRequest("The form body is malformed.");
            }

            valid = validator.IsValid(url, form.SelectMany(p => p.Value.Select(v => new KeyValuePair<string, string>(p.Key, v ?? ""))), signature);
        }
        else if (http.Request.Query.ContainsKey("bodySHA256"))
        {
            http.Request.EnableBuffering();
            using var buffer = new MemoryStream();
            await http.Request.Body.CopyToAsync(buffer, http.RequestAborted);
            http.Request.Body.Position = 0;
            valid = validator.IsValidJsonBody(url, buffer.ToArray(), signature);
        }
        else
        {
            valid = validator.IsValid(url, [], signature);
        }

        if (!valid)
        {
            LogRefused(logger, http.Request.Path, "signature mismatch");
            return Results.StatusCode(StatusCodes.Status403Forbidden);
        }

        return await next(context);
    }

    /// <summary>
    /// The URL Twilio signed: the configured public base (scheme, host, port, prefix) followed by the request target
    /// exactly as received, or the request's own URL when no public base is configured.
    /// </summary>
    internal static string PublicUrl(HttpContext http, Uri? publicBase)
    {
        var rawTarget = http.Features.Get<IHttpRequestFeature>()?.RawTarget;
        if (string.IsNullOrEmpty(rawTarget) || !rawTarget.StartsWith('/'))
        {
            rawTarget = http.Request.PathBase + http.Request.Path + http.Request.QueryString;
        }

        return publicBase is null
            ? $"{http.Request.Scheme}://{http.Request.Host}{rawTarget}"
            : publicBase.AbsoluteUri.TrimEnd('/') + rawTarget;
    }

    [LoggerMessage(EventId = 5101, Level = LogLevel.Warning, Message = "Refused Twilio webhook {Path}: {Reason}")]
    private static partial void LogRefused(ILogger logger, PathString path, string reason);
}
