using DebtHub.GraphQL.Execution;
using DebtHub.GraphQL.Transport.Http;
using DebtHub.GraphQL.Transport.PersistedDocuments;
using DebtHub.GraphQL.Transport.WebSockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace DebtHub.GraphQL.Transport;

/// <summary>Maps the GraphQL endpoint: HTTP (GET and POST), graphql-transport-ws, <c>?sdl</c> and the IDE on one path.</summary>
public static class GraphQLEndpointExtensions
{
    /// <summary>
    /// Serves the schema registered with <c>AddGraphQL</c> at <paramref name="pattern"/>. WebSocket subscriptions need
    /// <c>app.UseWebSockets()</c> earlier in the pipeline.
    /// </summary>
    public static IEndpointConventionBuilder MapGraphQL(
        this IEndpointRouteBuilder endpoints, string pattern = "/graphql", Action<GraphQLEndpointOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var options = new GraphQLEndpointOptions();
        configure?.Invoke(options);
        var executor = endpoints.ServiceProvider.GetRequiredService<IRequestExecutor>();
        var timeProvider = endpoints.ServiceProvider.GetService<TimeProvider>() ?? TimeProvider.System;
        var documents = new PersistedDocumentResolver(options);
        var http = new GraphQLHttpHandler(executor, options, documents);

        return endpoints.Map(pattern, async context =>
        {
            if (context.WebSockets.IsWebSocketRequest)
            {
                await AcceptWebSocketAsync(context, executor, options, documents, timeProvider);
                return;
            }
            await http.HandleAsync(context);
        });
    }

    private static async Task AcceptWebSocketAsync(
        HttpContext context, IRequestExecutor executor, GraphQLEndpointOptions options, PersistedDocumentResolver documents, TimeProvider timeProvider)
    {
        var offered = context.WebSockets.WebSocketRequestedProtocols.Contains(GraphQLWsSession.Subprotocol);
        using var socket = await context.WebSockets.AcceptWebSocketAsync(offered ? GraphQLWsSession.Subprotocol : null);
        if (!offered)
        {
            await socket.CloseAsync((System.Net.WebSockets.WebSocketCloseStatus)CloseCodes.SubprotocolNotAcceptable,
                "Subprotocol not acceptable", context.RequestAborted);
            return;
        }
        await new GraphQLWsSession(socket, context, executor, options, documents, timeProvider).RunAsync();
    }
}
