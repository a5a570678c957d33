using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace DebtHub.Infrastructure.Twilio;

internal sealed partial class TwilioOptionsValidator : IValidateOptions<TwilioOptions>
{
    public ValidateOptionsResult Validate(string? name, TwilioOptions options)
    {
        var failures = new List<string>();
        if (!AccountSidPattern().IsMatch(options.AccountSid))
        {
            failures.Add("Twilio:AccountSid must be 'AC' followed by 32 hex digits.");
        }

        if (string.IsNullOrWhiteSpace(options.AuthToken))
        {
            failures.Add("Twilio:AuthToken is required (it signs webhooks); set it through user secrets or Twilio__AuthToken.");
        }

        var hasKey = !string.IsNullOrEmpty(options.ApiKeySid);
        if (hasKey != !string.IsNullOrEmpty(options.ApiKeySecret))
        {
            failures.Add("Twilio:ApiKeySid and Twilio:ApiKeySecret must be set together.");
        }

        if (hasKey && !ApiKeySidPattern().IsMatch(options.ApiKeySid!))
        {
            failures.Add("Twilio:ApiKeySid must be 'SK' followed by 32 hex digits.");
        }

        if (!options.BaseUrl.IsAbsoluteUri)
        {
            failures.Add("Twilio:BaseUrl must be an absolute URL.");
        }

        if (options.MaxConcurrentRequests is < 1 or > 100)
        {
            failures.Add("Twilio:MaxConcurrentRequests must be between 1 and 100.");
        }

        if (options.MaxRetries is < 0 or > 10)
        {
            failures.Add("Twilio:MaxRetries must be between 0 and 10.");
        }

        if (options.RequestTimeout <= TimeSpan.Zero)
        {
            failures.Add("Twilio:RequestTimeout must be positive.");
        }

        if (options.PublicWebhookBaseUrl is { IsAbsoluteUri: false })
        {
            failures.Add("Twilio:PublicWebhookBaseUrl must be an absolute URL.");
        }

        var voice = options.Voice;
        if (voice.TokenLifetime <= TimeSpan.Zero || voice.TokenLifetime > AccessTokens.CollectorVoiceTokenIssuer.MaxLifetime)
        {
            failures.Add("Twilio:Voice:TokenLifetime must be positive and at most 24 hours (Twilio's limit).");
        }

        if (!string.IsNullOrEmpty(voice.OutgoingApplicationSid))
        {
            if (!ApplicationSidPattern().IsMatch(voice.OutgoingApplicationSid))
            {
                failures.Add("Twilio:Voice:OutgoingApplicationSid must be 'AP' followed by 32 hex digits.");
            }

            if (!hasKey)
            {
                failures.Add("Softphone tokens are signed with an API key: set Twilio:ApiKeySid and Twilio:ApiKeySecret.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    [GeneratedRegex("^AC[0-9a-fA-F]{32}$")]
    private static partial Regex AccountSidPattern();

    [GeneratedRegex("^SK[0-9a-fA-F]{32}$")]
    private static partial Regex ApiKeySidPattern();

    [GeneratedRegex("^AP[0-9a-fA-F]{32}$")]
    private static partial Regex ApplicationSidPattern();
}
