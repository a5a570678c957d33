using DebtHub.SkipTraceSandbox;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DebtHub.Api.Tests.SkipTracing;

/// <summary>The API host with one skip-trace vendor, "acme" (0.50 USD a lookup, budget 100), served by the vendor sandbox over HTTP.</summary>
public sealed class SkipTracingApi : IAsyncLifetime
{
    public const string SandboxKey = "api-test-sandbox-key";

    private WebApplication? _sandbox;

    public ApiFactory Api { get; } = new();

    public Uri SandboxUrl { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _sandbox = SandboxApp.Build([], builder =>
        {
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Logging.ClearProviders();
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Sandbox:ApiKey"] = SandboxKey });
        });
        await _sandbox.StartAsync();
        SandboxUrl = new Uri(_sandbox.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First());
        Api.Settings["SkipTracing:Waterfall:0"] = "internal";
        Api.Settings["SkipTracing:Waterfall:1"] = "acme";
        Api.Settings["SkipTracing:Vendors:acme:BaseUrl"] = SandboxUrl.ToString();
        Api.Settings["SkipTracing:Vendors:acme:ApiKey"] = SandboxKey;
        Api.Settings["SkipTracing:Vendors:acme:CostPerLookup"] = "0.50";
        Api.Settings["SkipTracing:Vendors:acme:MonthlyBudget"] = "100";
        await ((IAsyncLifetime)Api).InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await ((IAsyncLifetime)Api).DisposeAsync();
        if (_sandbox is not null)
        {
            await _sandbox.StopAsync();
            await _sandbox.DisposeAsync();
        }
    }
}
