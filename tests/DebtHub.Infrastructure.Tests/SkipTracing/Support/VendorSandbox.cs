using DebtHub.SkipTraceSandbox;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DebtHub.Infrastructure.Tests.SkipTracing.Support;

/// <summary>The skip-trace vendor sandbox (tools/SkipTraceSandbox) started in-process on 127.0.0.1, reached over real HTTP.</summary>
internal sealed class VendorSandbox : IAsyncDisposable
{
    public const string ApiKey = "sandbox-test-key";

    private readonly WebApplication _app;

    private VendorSandbox(WebApplication app, Uri baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
    }

    public Uri BaseUrl { get; }

    public static async Task<VendorSandbox> StartAsync(int maxRequestsPerSecond = 0)
    {
        var app = SandboxApp.Build([], builder =>
        {
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Logging.ClearProviders();
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Sandbox:ApiKey"] = ApiKey,
                ["Sandbox:MaxRequestsPerSecond"] = maxRequestsPerSecond.ToString(System.Globalization.CultureInfo.InvariantCulture),
            });
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new VendorSandbox(app, new Uri(address));
    }

    /// <summary>How many locate calls the sandbox served.</summary>
    public async Task<int> LocateCallsAsync()
    {
        using var http = new HttpClient { BaseAddress = BaseUrl };
        using var json = System.Text.Json.JsonDocument.Parse(await http.GetStringAsync(new Uri("sandbox/counters", UriKind.Relative)));
        return json.RootElement.GetProperty("locateCalls").GetInt32();
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
