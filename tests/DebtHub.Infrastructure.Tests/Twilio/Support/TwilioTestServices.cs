using DebtHub.Infrastructure.Twilio;
using DebtHub.Infrastructure.Twilio.Calls;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DebtHub.Infrastructure.Tests.Twilio.Support;

/// <summary>The production registration (<c>AddTwilio</c>) over in-memory configuration, with test seams.</summary>
internal static class TwilioTestServices
{
    public const string AccountSid = "AC0123456789abcdef0123456789abcdef";
    public const string AuthToken = "test-auth-token";
    public const string ApiKeySid = "SK0123456789abcdef0123456789abcdef";
    public const string ApiKeySecret = "test-api-key-secret-that-is-long-enough";
    public const string ApplicationSid = "AP0123456789abcdef0123456789abcdef";

    public static ServiceProvider Build(
        string baseUrl,
        HttpMessageHandler? handler = null,
        TimeProvider? time = null,
        IDictionary<string, string?>? extra = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Twilio:BaseUrl"] = baseUrl,
            ["Twilio:AccountSid"] = AccountSid,
            ["Twilio:AuthToken"] = AuthToken,
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddLogging();
        if (time is not null)
        {
            services.AddSingleton(time);
        }

        services.AddTwilio();
        if (handler is not null)
        {
            services.AddHttpClient(TwilioServiceCollectionExtensions.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => handler);
        }

        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    public static TwilioCallsClient Calls(this ServiceProvider services) => services.GetRequiredService<TwilioCallsClient>();

    public static OutboundCall CallTo(string to) => new(to, "+15005550006", new Uri("https://dialer.example.com/twilio/voice/answer"))
    {
        StatusCallback = new Uri("https://dialer.example.com/twilio/voice/status"),
        StatusCallbackEvents = [CallProgressEvent.Initiated, CallProgressEvent.Ringing, CallProgressEvent.Answered, CallProgressEvent.Completed],
        MachineDetection = MachineDetection.DetectMessageEnd,
        AsyncAmdStatusCallback = new Uri("https://dialer.example.com/twilio/voice/amd"),
        Timeout = 25,
    };

    public static string CallJson(string sid, string to, string status = "queued", string dateCreated = "Mon, 23 Nov 2026 10:00:00 +0000") => $$"""
        {"sid":"{{sid}}","account_sid":"{{AccountSid}}","to":"{{to}}","from":"+15005550006","status":"{{status}}",
         "direction":"outbound-api","answered_by":null,"date_created":"{{dateCreated}}","date_updated":"{{dateCreated}}",
         "start_time":null,"end_time":null,"duration":null,"price":null,"queue_time":"1000","api_version":"2010-04-01",
         "uri":"/2010-04-01/Accounts/{{AccountSid}}/Calls/{{sid}}.json"}
        """;
}
