using System.Text.Json;
using DebtHub.GraphQL.Execution;
using DebtHub.GraphQL.Execution.Errors;
using DebtHub.GraphQL.Execution.Results;
using DebtHub.GraphQL.Transport.Ide;
using DebtHub.GraphQL.Transport.PersistedDocuments;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace DebtHub.GraphQL.Transport.Http;

/// <summary>
/// GraphQL over HTTP (graphql-over-http spec, with the status codes graphql-http 1.23.1's audits expect): POST with a JSON
/// body, GET with URL parameters (queries only), the SDL at <c>?sdl</c>, and the IDE for browsers.
/// </summary>
internal sealed class GraphQLHttpHandler(IRequestExecutor executor, GraphQLEndpointOptions options, PersistedDocumentResolver documents)
{
    public async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var accept = request.Headers.Accept;
        RequestParameters? parameters;
        string? badRequest = null;
        var allowed = OperationKinds.All;

        if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
        {
            if (options.EnableIde && IdeAssets.IsAssetRequest(request))
            {
                await IdeAssets.ServeAssetAsync(context);
                return;
            }
            if (options.EnableSchemaRequest && request.Query.ContainsKey("sdl"))
            {
                context.Response.ContentType = "text/plain; charset=utf-8";
                await context.Response.WriteAsync(executor.PrintSchema(), context.RequestAborted);
                return;
            }
            if (options.EnableIde && request.Query.Count == 0 && MediaTypes.AcceptsHtml(accept))
            {
                await IdeAssets.ServePageAsync(context);
                return;
            }
            if (!options.EnableGetRequests)
            {
                await RefuseMethodAsync(context);
                return;
            }
            parameters = RequestParameters.FromQueryString(request.Query, out badRequest);
            allowed = OperationKinds.Query;
        }
        else if (HttpMethods.IsPost(request.Method))
        {
            if (!MediaTypes.IsJsonContent(request.ContentType))
            {
                context.Response.StatusCode = StatusCodes.Status415UnsupportedMediaType;
                return;
            }
            (parameters, badRequest) = await ReadBodyAsync(request, context.RequestAborted);
        }
        else
        {
            await RefuseMethodAsync(context);
            return;
        }

        var mediaType = MediaTypes.Negotiate(accept);
        if (mediaType is null)
        {
            context.Response.StatusCode = StatusCodes.Status406NotAcceptable;
            return;
        }
        if (parameters is null)
        {
            await WriteAsync(context, mediaType, StatusCodes.Status400BadRequest,
                ExecutionResult.RequestError(GraphQLError.WithCode(badRequest ?? "Bad request.", ErrorCodes.BadRequest)));
            return;
        }

        var (text, error, isBadRequest) = await documents.ResolveAsync(
            parameters.Query, parameters.DocumentId, parameters.Extensions, context.RequestAborted);
        if (text is null)
        {
            var status = isBadRequest ? StatusCodes.Status400BadRequest : RequestErrorStatus(mediaType);
            await WriteAsync(context, mediaType, status, ExecutionResult.RequestError(error!));
            return;
        }

        var graphQLRequest = new GraphQLRequest(text, parameters.OperationName, parameters.Variables, parameters.Extensions)
        {
            AllowedOperations = allowed,
            User = context.User,
        };
        var result = await executor.ExecuteAsync(graphQLRequest, context.RequestServices, context.RequestAborted);
        if (result.Stream is not null)
        {
            // Subscriptions are served over graphql-transport-ws; end the stream we will not read.
            await result.Stream.GetAsyncEnumerator(context.RequestAborted).DisposeAsync();
            result = ExecutionResult.RequestError(GraphQLError.WithCode(
                "Subscriptions are served over WebSocket (graphql-transport-ws), not over this HTTP request.", ErrorCodes.OperationNotAllowed));
            allowed = OperationKinds.None;
        }
        var statusCode = result.IsRequestError ? RequestErrorStatus(mediaType) : StatusCodes.Status200OK;
        if (result.IsRequestError && result.Errors.Count > 0 && result.Errors[0].Code == ErrorCodes.OperationNotAllowed)
        {
            statusCode = StatusCodes.Status405MethodNotAllowed;
            context.Response.Headers.Allow = allowed == OperationKinds.Query ? "POST" : "GET, POST";
        }
        await WriteAsync(context, mediaType, statusCode, result);
    }

    // graphql-response+json: a request error (no data) is a 400; legacy application/json answers 200 (audits 572B, FDE2, 7B9B).
    private static int RequestErrorStatus(string mediaType)
        => mediaType == MediaTypes.GraphQLResponse ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;

    private async Task RefuseMethodAsync(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
        context.Response.Headers.Allow = options.EnableGetRequests ? "GET, POST" : "POST";
        await Task.CompletedTask;
    }

    private static async Task<(RequestParameters?, string?)> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        try
        {
            using var body = await JsonDocument.ParseAsync(request.Body, default, cancellationToken);
            var parameters = RequestParameters.FromJson(body.RootElement.Clone(), out var error);
            return (parameters, error);
        }
        catch (JsonException)
        {
            return (null, "The request body is not valid JSON.");
        }
    }

    private static async Task WriteAsync(HttpContext context, string mediaType, int statusCode, ExecutionResult result)
    {
        var response = context.Response;
        response.StatusCode = statusCode;
        response.ContentType = mediaType + "; charset=utf-8";
        response.Headers.CacheControl = new StringValues("no-store");
        using (var writer = new Utf8JsonWriter(response.BodyWriter, ResultWriter.WriterOptions))
        {
            ResultWriter.Write(writer, result);
        }
        await response.BodyWriter.FlushAsync(context.RequestAborted);
    }
}
