using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.TestHost;

namespace DebtHub.Api.Tests.Support;

/// <summary>A minimal graphql-transport-ws client over the test server: init (with a bearer token), subscribe, read messages.</summary>
public sealed class GraphQLWsClient : IAsyncDisposable
{
    private readonly WebSocket _socket;

    private GraphQLWsClient(WebSocket socket) => _socket = socket;

    public static async Task<GraphQLWsClient> ConnectAsync(TestServer server, string? token)
    {
        var factory = server.CreateWebSocketClient();
        factory.SubProtocols.Add("graphql-transport-ws");
        var socket = await factory.ConnectAsync(new Uri(server.BaseAddress, "graphql"), CancellationToken.None);
        var client = new GraphQLWsClient(socket);
        await client.SendAsync(token is null
            ? new { type = "connection_init" }
            : new { type = "connection_init", payload = new Dictionary<string, string> { ["authorization"] = $"Bearer {token}" } });
        return client;
    }

    public WebSocketCloseStatus? CloseStatus => _socket.CloseStatus;

    public Task SubscribeAsync(string id, string query, object? variables = null) =>
        SendAsync(new { id, type = "subscribe", payload = new { query, variables } });

    public Task SendAsync(object message) =>
        _socket.SendAsync(JsonSerializer.SerializeToUtf8Bytes(message), WebSocketMessageType.Text, true, CancellationToken.None);

    /// <summary>The next message, or null when the server closed the socket; fails after <paramref name="timeout"/>.</summary>
    public async Task<JsonElement?> ReceiveAsync(TimeSpan? timeout = null)
    {
        using var cancel = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(10));
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        WebSocketReceiveResult received;
        do
        {
            received = await _socket.ReceiveAsync(buffer, cancel.Token);
            if (received.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            message.Write(buffer, 0, received.Count);
        }
        while (!received.EndOfMessage);

        using var json = JsonDocument.Parse(Encoding.UTF8.GetString(message.ToArray()));
        return json.RootElement.Clone();
    }

    public async ValueTask DisposeAsync()
    {
        if (_socket.State == WebSocketState.Open)
        {
            await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
        }

        _socket.Dispose();
    }
}
