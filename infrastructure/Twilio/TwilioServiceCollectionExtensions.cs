using System.Net.Http.Headers;
using System.Text;
using DebtHub.Infrastructure.Twilio.AccessTokens;
using DebtHub.Infrastructure.Twilio.Calls;
using DebtHub.Infrastructure.Twilio.Rest;
using DebtHub.Infrastructure.Twilio.Webhooks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DebtHub.Infrastructure.Twilio;

public static class TwilioServiceCollectionExtensions
{
    /// <summary>
    /// Registers the Twilio Calls client (typed HttpClient), the webhook signature validator and the softphone token
    /// issuer, with options from the <c>Twilio</c> section validated at start-up.
    /// </summary>
    public static IServiceCollection AddTwilio(this IServiceCollection services)
    {
        services.AddOptions<TwilioOptions>().BindConfiguration(TwilioOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TwilioOptions>, TwilioOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<TwilioRequestThrottle>();
        services.TryAddSingleton<TwilioRequestValidator>();
        services.TryAddSingleton<CollectorVoiceTokenIssuer>();

        services.AddHttpClient(HttpClientName, (sp, http) =>
        {
            var options = sp.GetRequiredService<IOptions<TwilioOptions>>().Value;
            http.BaseAddress = WithTrailingSlash(options.BaseUrl);
            http.Timeout = options.RequestTimeout;
            http.DefaultRequestHeaders.Authorization = BasicAuthorization(options);
            http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
            http.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("DebtHub", "1.0"));
        })
        .AddTypedClient((http, sp) => new TwilioCallsClient(
            http,
            sp.GetRequiredService<TwilioRequestThrottle>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<IOptions<TwilioOptions>>(),
            sp.GetRequiredService<ILoggerFactory>()));
        return services;
    }

    internal const string HttpClientName = "twilio";

    /// <summary>Relative paths resolve under a base with a path prefix only if it ends with '/'.</summary>
    internal static Uri WithTrailingSlash(Uri uri) =>
        uri.AbsoluteUri.EndsWith('/') ? uri : new Uri(uri.AbsoluteUri + "/");

    /// <summary>User = API key SID when one is configured (Twilio's recommendation), else the Account SID.</summary>
    internal static AuthenticationHeaderValue BasicAuthorization(TwilioOptions options)
    {
        var (user, password) = string.IsNullOrEmpty(options.ApiKeySid)
            ? (options.AccountSid, options.AuthToken)
            : (options.ApiKeySid, options.ApiKeySecret!);
        return new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}")));
    }
}
