using System.Buffers;
using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text.Json;
using DebtHub.GraphQL.Execution;
using DebtHub.GraphQL.Execution.Errors;
using DebtHub.GraphQL.Execution.Results;
using DebtHub.GraphQL.Transport.Http;
using DebtHub.GraphQL.Transport.PersistedDocuments;
using Microsoft.AspNetCore.Http;

namespace DebtHub.GraphQL.Transport.WebSockets;

/// <summary>
/// One graphql-transport-ws connection: <c>connection_init</c> → <c>connection_ack</c>, <c>ping</c>/<c>pong</c>,
/// <c>subscribe</c> → <c>next</c>* → <c>complete</c> (or <c>error</c>), client <c>complete</c> to stop, and the
/// protocol's close codes for every violation.
/// </summary>
internal sealed class GraphQLWsSession(
    WebSocket socket,
    HttpContext context,
    IRequestExecutor executor,
    GraphQLEndpointOptions options,
    PersistedDocumentResolver documents,
    TimeProvider timeProvider)
{
    public const string Subprotocol = "graphql-transport-ws";

    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly ConcurrentDictionary<string, CancellationTokenSource> _operations = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _closing = new();
    private int _initReceived;
    private volatile bool _acknowledged;

    public async Task RunAsync()
    {
        using var aborted = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _closing.Token);
        var initTimeout = CloseIfNotInitialisedAsync(aborted.Token);
        try
        {
            await ReceiveLoopAsync(aborted.Token);
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException)
        {
            // The peer went away or we closed; nothing to tell anyone.
        }
        finally
        {
            await _closing.CancelAsync();
            foreach (var (_, operation) in _operations)
            {
                await CancelQuietlyAsync(operation);
            }
            await initTimeout;
        }
    }

    private async Task CloseIfNotInitialisedAsync(CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(options.ConnectionInitTimeout, timeProvider, cancellationToken);
            if (Volatile.Read(ref _initReceived) == 0)
            {
                await CloseAsync(CloseCodes.ConnectionInitialisationTimeout, "Connection initialisation timeout");
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private async Task ReceiveLoopAsync(CancellationToken cancellationToken)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        // After we close, keep reading until the peer's close frame arrives (or the backstop in CloseAsync fires).
        while (socket.State is WebSocketState.Open or WebSocketState.CloseSent)
        {
            buffer.Clear();
            ValueWebSocketReceiveResult received;
            do
            {
                received = await socket.ReceiveAsync(buffer.GetMemory(4096), cancellationToken);
                buffer.Advance(received.Count);
            }
            while (!received.EndOfMessage && received.MessageType != WebSocketMessageType.Close);

            if (received.MessageType == WebSocketMessageType.Close)
            {
                if (socket.State == WebSocketState.CloseReceived)
                {
                    await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
                }
                return;
            }
            if (socket.State != WebSocketState.Open)
            {
                continue;
            }
            if (received.MessageType != WebSocketMessageType.Text)
            {
                await CloseAsync(CloseCodes.BadRequest, "Invalid message received");
                continue;
            }
            await HandleAsync(buffer.WrittenMemory, cancellationToken);
        }
    }

    /// <summary>Handles one message; false when the connection was closed because of it.</summary>
    private async Task<bool> HandleAsync(ReadOnlyMemory<byte> message, CancellationToken cancellationToken)
    {
        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(message);
            root = document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return await CloseAsync(CloseCodes.BadRequest, "Invalid message received");
        }
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("type", out var typeElement) || typeElement.ValueKind != JsonValueKind.String)
        {
            return await CloseAsync(CloseCodes.BadRequest, "Invalid message received");
        }
        JsonElement? payload = root.TryGetProperty("payload", out var p) && p.ValueKind != JsonValueKind.Null ? p : null;
        switch (typeElement.GetString())
        {
            case "connection_init":
                if (Interlocked.Exchange(ref _initReceived, 1) == 1)
                {
                    return await CloseAsync(CloseCodes.TooManyInitialisationRequests, "Too many initialisation requests");
                }
                if (payload is { ValueKind: not JsonValueKind.Object })
                {
                    return await CloseAsync(CloseCodes.BadRequest, "Invalid message received");
                }
                if (options.OnConnect is { } onConnect && !await onConnect(context, payload))
                {
                    return await CloseAsync(CloseCodes.Forbidden, "Forbidden");
                }
                _acknowledged = true;
                await SendAsync(w => w.WriteString("type"u8, "connection_ack"u8));
                return true;
            case "ping":
                await SendAsync(w =>
                {
                    w.WriteString("type"u8, "pong"u8);
                    if (payload is { } echo)
                    {
                        w.WritePropertyName("payload"u8);
                        echo.WriteTo(w);
                    }
                });
                return true;
            case "pong":
                return true;
            case "subscribe":
                return await SubscribeAsync(root, payload, cancellationToken);
            case "complete":
                if (!TryGetId(root, out var completedId))
                {
                    return await CloseAsync(CloseCodes.BadRequest, "Invalid message received");
                }
                if (_operations.TryRemove(completedId, out var operation))
                {
                    await CancelQuietlyAsync(operation);
                }
                return true;
            default:
                return await CloseAsync(CloseCodes.BadRequest, "Invalid message received");
        }
    }

    private async Task<bool> SubscribeAsync(JsonElement root, JsonElement? payload, CancellationToken cancellationToken)
    {
        if (!TryGetId(root, out var id) || payload is not { } body)
        {
            return await CloseAsync(CloseCodes.BadRequest, "Invalid message received");
        }
        var parameters = RequestParameters.FromJson(body, out _);
        if (parameters is null)
        {
            return await CloseAsync(CloseCodes.BadRequest, "Invalid message received");
        }
        if (!_acknowledged)
        {
            return await CloseAsync(CloseCodes.Unauthorized, "Unauthorized");
        }
        var operation = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (!_operations.TryAdd(id, operation))
        {
            operation.Dispose();
            return await CloseAsync(CloseCodes.SubscriberAlreadyExists, $"Subscriber for {id} already exists");
        }
        // Operations run concurrently with the receive loop so that "complete" and "ping" stay responsive.
        _ = RunOperationAsync(id, parameters, operation);
        return true;
    }

    private async Task RunOperationAsync(string id, RequestParameters parameters, CancellationTokenSource operation)
    {
        var token = operation.Token;
        try
        {
            var (text, error, _) = await documents.ResolveAsync(parameters.Query, parameters.DocumentId, parameters.Extensions, token);
            if (text is null)
            {
                await SendErrorAsync(id, [error!]);
                return;
            }
            var request = new GraphQLRequest(text, parameters.OperationName, parameters.Variables, parameters.Extensions) { User = context.User };
            var result = await executor.ExecuteAsync(request, context.RequestServices, token);
            if (result.IsRequestError)
            {
                await SendErrorAsync(id, result.Errors);
                return;
            }
            if (result.Stream is { } stream)
            {
                await foreach (var item in stream.WithCancellation(token))
                {
                    await SendNextAsync(id, item);
                }
            }
            else
            {
                await SendNextAsync(id, result);
            }
            if (!token.IsCancellationRequested)
            {
                await SendAsync(w =>
                {
                    w.WriteString("id"u8, id);
                    w.WriteString("type"u8, "complete"u8);
                });
            }
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            // The client completed the operation or the socket closed: the protocol wants no message back.
        }
        catch (WebSocketException)
        {
        }
        finally
        {
            _operations.TryRemove(new KeyValuePair<string, CancellationTokenSource>(id, operation));
            operation.Dispose();
        }
    }

    private Task SendNextAsync(string id, ExecutionResult result) => SendAsync(w =>
    {
        w.WriteString("id"u8, id);
        w.WriteString("type"u8, "next"u8);
        w.WritePropertyName("payload"u8);
        ResultWriter.Write(w, result);
    });

    private Task SendErrorAsync(string id, IReadOnlyList<GraphQLError> errors) => SendAsync(w =>
    {
        w.WriteString("id"u8, id);
        w.WriteString("type"u8, "error"u8);
        w.WritePropertyName("payload"u8);
        ResultWriter.WriteErrors(w, errors);
    });

    private async Task SendAsync(Action<Utf8JsonWriter> writeBody)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer, ResultWriter.WriterOptions))
        {
            writer.WriteStartObject();
            writeBody(writer);
            writer.WriteEndObject();
        }
        await _sendLock.WaitAsync(CancellationToken.None);
        try
        {
            if (socket.State == WebSocketState.Open)
            {
                await socket.SendAsync(buffer.WrittenMemory, WebSocketMessageType.Text, true, CancellationToken.None);
            }
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>Closes with a protocol close code; always false, so handlers can <c>return await CloseAsync(…)</c>.</summary>
    private async Task<bool> CloseAsync(int code, string reason)
    {
        await _sendLock.WaitAsync(CancellationToken.None);
        try
        {
            if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                await socket.CloseOutputAsync((WebSocketCloseStatus)code, reason, CancellationToken.None);
            }
        }
        catch (WebSocketException)
        {
        }
        finally
        {
            _sendLock.Release();
        }
        // Stop running operations now; give the peer a moment to answer our close frame before dropping the socket.
        foreach (var (_, operation) in _operations)
        {
            await CancelQuietlyAsync(operation);
        }
        _closing.CancelAfter(TimeSpan.FromSeconds(2));
        return false;
    }

    // An operation's source may be cancelled by a client "complete" while it finishes and disposes itself.
    private static async Task CancelQuietlyAsync(CancellationTokenSource operation)
    {
        try
        {
            await operation.CancelAsync();
        }
        catch (ObjectDisposedException)
        {
        }
    }

    private static bool TryGetId(JsonElement root, out string id)
    {
        if (root.TryGetProperty("id", out var element) && element.ValueKind == JsonValueKind.String && element.GetString() is { Length: > 0 } text)
        {
            id = text;
            return true;
        }
        id = "";
        return false;
    }
}
