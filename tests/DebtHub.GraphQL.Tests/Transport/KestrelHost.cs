using DebtHub.GraphQL.Execution;
using DebtHub.GraphQL.Transport;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DebtHub.GraphQL.Tests.Transport;

/// <summary>A real Kestrel server on 127.0.0.1 with a random port, serving <c>MapGraphQL("/graphql")</c>.</summary>
internal sealed class KestrelHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private KestrelHost(WebApplication app, Uri endpoint)
    {
        _app = app;
        Endpoint = endpoint;
    }

    public Uri Endpoint { get; }

    public Uri WebSocketEndpoint => new UriBuilder(Endpoint) { Scheme = "ws" }.Uri;

    public static async Task<KestrelHost> StartAsync(
        IRequestExecutor executor, Action<GraphQLEndpointOptions>? configure = null, TimeProvider? timeProvider = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(executor);
        if (timeProvider is not null)
        {
            builder.Services.AddSingleton(timeProvider);
        }
        var app = builder.Build();
        app.UseWebSockets();
        app.MapGraphQL("/graphql", configure);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new KestrelHost(app, new Uri(address + "/graphql"));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
