using System.Reflection;
using DebtHub.Dialer.Webhooks;
using DebtHub.Dialer.Webhooks.CallLegs;
using DebtHub.Domain.Compliance;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DebtHub.Dialer.Tests.Webhooks;

/// <summary>The dialer's Twilio webhooks on a real Kestrel at 127.0.0.1, wired as the API host wires them.</summary>
internal sealed class WebhookHost : IAsyncDisposable
{
    public const string AccountSid = "AC00000000000000000000000000000000";
    public const string AuthToken = "sandbox-auth-token";

    private readonly WebApplication _app;

    private WebhookHost(WebApplication app, Uri baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
    }

    public Uri BaseUrl { get; }

    public IServiceProvider Services => _app.Services;

    internal ICallLegStore Store => _app.Services.GetRequiredService<ICallLegStore>();

    public static async Task<WebhookHost> StartAsync(Uri twilioBaseUrl, string? collector = null, IDictionary<string, string?>? extra = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var settings = new Dictionary<string, string?>
        {
            ["Twilio:BaseUrl"] = twilioBaseUrl.AbsoluteUri,
            ["Twilio:AccountSid"] = AccountSid,
            ["Twilio:AuthToken"] = AuthToken,
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        builder.Configuration.AddInMemoryCollection(settings);
        if (collector is not null)
        {
            builder.Services.AddSingleton<IAnsweredCallRouter>(new FixedCollectorRouter(collector));
        }

        builder.Services.AddTwilioWebhooks();
        var app = builder.Build();
        app.MapTwilioWebhooks();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new WebhookHost(app, new Uri(address));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    /// <summary>Stands in for the compliance gate, whose permit constructor is internal to the domain.</summary>
    public static ContactPermit Permit(string destination)
    {
        var constructor = typeof(ContactPermit).GetConstructors(BindingFlags.Instance | BindingFlags.NonPublic).Single();
        var now = TimeProvider.System.GetUtcNow();
        return (ContactPermit)constructor.Invoke(
        [
            Guid.NewGuid(), Guid.NewGuid(), new List<Guid> { Guid.NewGuid() }, ContactChannel.Call, ContactMode.Progressive,
            destination, now.AddSeconds(-1), now.AddMinutes(5), "test-rules-1",
        ]);
    }

    private sealed class FixedCollectorRouter(string collector) : IAnsweredCallRouter
    {
        public ValueTask<string?> PickCollectorAsync(string callSid, CancellationToken cancellationToken) => ValueTask.FromResult<string?>(collector);
    }
}
