using System.Text;
using DebtHub.GraphQL.Transport;
using DebtHub.GraphQL.Types;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DebtHub.Benchmarks.GraphQL;

/// <summary>
/// The HTTP side of the execution benchmark: <c>POST /graphql</c> (our MapGraphQL with a three-field schema) next to
/// <c>POST /baseline</c>, a minimal endpoint that returns the same response bytes, for a load generator
/// (bench/graphql-js/http.mjs). Run: <c>dotnet run -c Release --project bench/DebtHub.Benchmarks -- graphql-http-host</c>.
/// </summary>
public static class ExecutionHttpHost
{
    private static readonly byte[] Response = Encoding.UTF8.GetBytes("""{"data":{"hello":"world","count":42,"ok":true}}""");

    public static void Run(string url)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(url);
        builder.Logging.ClearProviders();
        builder.Services.AddGraphQL(_ => SchemaBuilder.FromSdl("type Query { hello: String count: Int ok: Boolean }")
            .Bind("Query.hello", _ => ValueTask.FromResult<object?>("world"))
            .Bind("Query.count", _ => ValueTask.FromResult<object?>(42))
            .Bind("Query.ok", _ => ValueTask.FromResult<object?>(true))
            .Build());
        var app = builder.Build();
        app.MapGraphQL("/graphql");
        app.MapPost("/baseline", async context =>
        {
            // Reads the request like a GraphQL endpoint must, then answers the bytes /graphql answers.
            await context.Request.Body.CopyToAsync(Stream.Null, context.RequestAborted);
            context.Response.ContentType = "application/graphql-response+json; charset=utf-8";
            await context.Response.Body.WriteAsync(Response, context.RequestAborted);
        });
        Console.WriteLine($"listening on {url} (/graphql and /baseline)");
        app.Run();
    }
}
