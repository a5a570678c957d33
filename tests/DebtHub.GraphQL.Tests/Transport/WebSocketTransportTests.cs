using System.Net.WebSockets;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using DebtHub.GraphQL.Execution.Errors;
using DebtHub.GraphQL.Execution.Results;
using DebtHub.GraphQL.Tests.Conformance;
using Microsoft.Extensions.Time.Testing;

namespace DebtHub.GraphQL.Tests.Transport;

public sealed class WebSocketTransportTests
{
    private static ExecutionResult Answer(DebtHub.GraphQL.Execution.GraphQLRequest request) => request.Query switch
    {
        var q when q.StartsWith("subscription", StringComparison.Ordinal) => ExecutionResult.FromStream(Count(3)),
        "{" => ExecutionResult.RequestError(new GraphQLError("Syntax Error: Expected Name, found <EOF>.", [new ErrorLocation(1, 2)])),
        _ => ScriptedExecutor.Data("hello", "world"),
    };

    private static async IAsyncEnumerable<ExecutionResult> Count(int to, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        for (var i = 1; i <= to; i++)
        {
            await Task.Delay(10, cancellationToken);
            yield return ScriptedExecutor.Data("count", i);
        }
    }

    private static async IAsyncEnumerable<ExecutionResult> Forever([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        for (var i = 1; ; i++)
        {
            await Task.Delay(20, cancellationToken);
            yield return ScriptedExecutor.Data("tick", i);
        }
    }

    private static async Task<ClientWebSocket> ConnectAsync(KestrelHost host, string protocol = "graphql-transport-ws")
    {
        var socket = new ClientWebSocket();
        socket.Options.AddSubProtocol(protocol);
        await socket.ConnectAsync(host.WebSocketEndpoint, CancellationToken.None);
        return socket;
    }

    private static Task SendAsync(ClientWebSocket socket, string json)
        => socket.SendAsync(Encoding.UTF8.GetBytes(json), WebSocketMessageType.Text, true, CancellationToken.None);

    /// <summary>The next message as text, or "close CODE REASON" when the server closed.</summary>
    private static async Task<string> ReceiveAsync(ClientWebSocket socket)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var buffer = new byte[16384];
        var total = 0;
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer.AsMemory(total), timeout.Token);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return $"close {(int?)socket.CloseStatus} {socket.CloseStatusDescription}";
            }
            total += result.Count;
            if (result.EndOfMessage)
            {
                return Encoding.UTF8.GetString(buffer, 0, total);
            }
        }
    }

    private static async Task<ClientWebSocket> AcknowledgedAsync(KestrelHost host)
    {
        var socket = await ConnectAsync(host);
        await SendAsync(socket, """{"type":"connection_init","payload":{}}""");
        Assert.Equal("""{"type":"connection_ack"}""", await ReceiveAsync(socket));
        return socket;
    }

    [Fact]
    public async Task A_subscription_streams_next_messages_then_complete()
    {
        await using var host = await KestrelHost.StartAsync(new ScriptedExecutor(Answer));
        using var socket = await AcknowledgedAsync(host);

        await SendAsync(socket, """{"id":"1","type":"subscribe","payload":{"query":"subscription { count(to: 3) }"}}""");

        Assert.Equal("""{"id":"1","type":"next","payload":{"data":{"count":1}}}""", await ReceiveAsync(socket));
        Assert.Equal("""{"id":"1","type":"next","payload":{"data":{"count":2}}}""", await ReceiveAsync(socket));
        Assert.Equal("""{"id":"1","type":"next","payload":{"data":{"count":3}}}""", await ReceiveAsync(socket));
        Assert.Equal("""{"id":"1","type":"complete"}""", await ReceiveAsync(socket));
    }

    [Fact]
    public async Task Ping_gets_pong_with_the_same_payload()
    {
        await using var host = await KestrelHost.StartAsync(new ScriptedExecutor(Answer));
        using var socket = await AcknowledgedAsync(host);

        await SendAsync(socket, """{"type":"ping","payload":{"at":1}}""");

        Assert.Equal("""{"type":"pong","payload":{"at":1}}""", await ReceiveAsync(socket));
    }

    [Fact]
    public async Task A_request_error_is_an_error_message_with_the_graphql_errors()
    {
        await using var host = await KestrelHost.StartAsync(new ScriptedExecutor(Answer));
        using var socket = await AcknowledgedAsync(host);

        await SendAsync(socket, """{"id":"e","type":"subscribe","payload":{"query":"{"}}""");

        Assert.Equal(
            """{"id":"e","type":"error","payload":[{"message":"Syntax Error: Expected Name, found <EOF>.","locations":[{"line":1,"column":2}]}]}""",
            await ReceiveAsync(socket));
    }

    [Fact]
    public async Task A_client_complete_stops_a_running_subscription_and_the_socket_stays_usable()
    {
        await using var host = await KestrelHost.StartAsync(new ScriptedExecutor(r =>
            r.Query.StartsWith("subscription", StringComparison.Ordinal) ? ExecutionResult.FromStream(Forever()) : ScriptedExecutor.Data("hello", "world")));
        using var socket = await AcknowledgedAsync(host);
        await SendAsync(socket, """{"id":"t","type":"subscribe","payload":{"query":"subscription { tick }"}}""");
        Assert.Contains("\"tick\":1", await ReceiveAsync(socket), StringComparison.Ordinal);

        await SendAsync(socket, """{"id":"t","type":"complete"}""");
        await SendAsync(socket, """{"id":"q","type":"subscribe","payload":{"query":"{ hello }"}}""");

        // Ticks already in flight may still arrive; after them come the query's result and its completion.
        string message;
        do
        {
            message = await ReceiveAsync(socket);
        }
        while (message.Contains("\"id\":\"t\"", StringComparison.Ordinal));
        Assert.Equal("""{"id":"q","type":"next","payload":{"data":{"hello":"world"}}}""", message);
        Assert.Equal("""{"id":"q","type":"complete"}""", await ReceiveAsync(socket));
    }

    [Fact]
    public async Task Subscribing_before_the_ack_closes_with_4401()
    {
        await using var host = await KestrelHost.StartAsync(new ScriptedExecutor(Answer));
        using var socket = await ConnectAsync(host);

        await SendAsync(socket, """{"id":"1","type":"subscribe","payload":{"query":"{ hello }"}}""");

        Assert.Equal("close 4401 Unauthorized", await ReceiveAsync(socket));
    }

    [Fact]
    public async Task A_second_connection_init_closes_with_4429()
    {
        await using var host = await KestrelHost.StartAsync(new ScriptedExecutor(Answer));
        using var socket = await AcknowledgedAsync(host);

        await SendAsync(socket, """{"type":"connection_init"}""");

        Assert.Equal("close 4429 Too many initialisation requests", await ReceiveAsync(socket));
    }

    [Fact]
    public async Task Reusing_the_id_of_a_running_operation_closes_with_4409()
    {
        await using var host = await KestrelHost.StartAsync(new ScriptedExecutor(_ => ExecutionResult.FromStream(Forever())));
        using var socket = await AcknowledgedAsync(host);

        await SendAsync(socket, """{"id":"same","type":"subscribe","payload":{"query":"subscription { tick }"}}""");
        await SendAsync(socket, """{"id":"same","type":"subscribe","payload":{"query":"subscription { tick }"}}""");

        string message;
        do
        {
            message = await ReceiveAsync(socket);
        }
        while (!message.StartsWith("close", StringComparison.Ordinal));
        Assert.Equal("close 4409 Subscriber for same already exists", message);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("""{"type":"unheard-of"}""")]
    [InlineData("""{"id":"1","type":"subscribe"}""")]
    public async Task An_invalid_message_closes_with_4400(string message)
    {
        await using var host = await KestrelHost.StartAsync(new ScriptedExecutor(Answer));
        using var socket = await AcknowledgedAsync(host);

        await SendAsync(socket, message);

        Assert.StartsWith("close 4400", await ReceiveAsync(socket), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_connection_refused_by_OnConnect_closes_with_4403()
    {
        await using var host = await KestrelHost.StartAsync(new ScriptedExecutor(Answer), o =>
            o.OnConnect = (context, payload) => ValueTask.FromResult(payload is { } p && p.TryGetProperty("token", out _)));
        using var socket = await ConnectAsync(host);

        await SendAsync(socket, """{"type":"connection_init","payload":{}}""");

        Assert.Equal("close 4403 Forbidden", await ReceiveAsync(socket));
    }

    [Fact]
    public async Task A_socket_without_connection_init_is_closed_with_4408_when_the_init_timeout_passes()
    {
        var clock = new FakeTimeProvider();
        await using var host = await KestrelHost.StartAsync(new ScriptedExecutor(Answer), o => o.ConnectionInitTimeout = TimeSpan.FromSeconds(3), clock);
        using var socket = await ConnectAsync(host);
        var closed = ReceiveAsync(socket);

        await Task.Delay(200);
        Assert.False(closed.IsCompleted);
        clock.Advance(TimeSpan.FromSeconds(3));

        Assert.Equal("close 4408 Connection initialisation timeout", await closed);
    }

    [Fact]
    public async Task A_client_without_the_graphql_transport_ws_subprotocol_is_closed_with_4406()
    {
        await using var host = await KestrelHost.StartAsync(new ScriptedExecutor(Answer));
        using var socket = await ConnectAsync(host, "graphql-ws");

        Assert.Equal("close 4406 Subprotocol not acceptable", await ReceiveAsync(socket));
    }

    [Fact]
    public async Task The_npm_graphql_ws_client_receives_a_subscription_and_a_query_over_our_socket()
    {
        await using var host = await KestrelHost.StartAsync(new ScriptedExecutor(Answer));

        var (exitCode, output, error) = await NodeOracle.RunAsync("sub.mjs", [host.WebSocketEndpoint.ToString()]);

        Assert.True(exitCode == 0, error);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("""[{"data":{"count":1}},{"data":{"count":2}},{"data":{"count":3}}]""", lines[0]);
        Assert.Equal("""{"data":{"hello":"world"}}""", lines[1]);
    }
}
