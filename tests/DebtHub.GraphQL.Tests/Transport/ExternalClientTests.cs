using DebtHub.GraphQL.Execution;
using DebtHub.GraphQL.Execution.Options;
using DebtHub.GraphQL.Tests.Conformance;
using DebtHub.GraphQL.Types;

namespace DebtHub.GraphQL.Tests.Transport;

public sealed class ExternalClientTests
{
    internal static RequestExecutor SmallSchemaExecutor() => new(
        SchemaBuilder.FromSdl("""
            type Query { hello: String }
            type Mutation { noop: Boolean }
            type Subscription { count(to: Int!): Int! }
            """).BindSubscription("Subscription.count", context => ValueTask.FromResult(Count(context.GetArgument<int>("to")))).Build(),
        new GraphQLOptions(), TimeProvider.System, Pipeline.Validate,
        System.Text.Json.JsonDocument.Parse("""{"hello":"world"}""").RootElement);

    private static async IAsyncEnumerable<object?> Count(int to)
    {
        for (var i = 1; i <= to; i++)
        {
            await Task.Delay(5);
            yield return new Dictionary<string, object?> { ["count"] = i };
        }
    }

    [Fact]
    public async Task The_npm_graphql_ws_client_runs_a_real_subscription_and_query_over_our_socket()
    {
        await using var host = await KestrelHost.StartAsync(SmallSchemaExecutor());

        var (exitCode, output, error) = await NodeOracle.RunAsync("sub.mjs", [host.WebSocketEndpoint.ToString()]);

        Assert.True(exitCode == 0, error);
        Assert.Equal(
            "[{\"data\":{\"count\":1}},{\"data\":{\"count\":2}},{\"data\":{\"count\":3}}]\n{\"data\":{\"hello\":\"world\"}}",
            output.Trim());
    }

    [Fact]
    public async Task The_graphql_http_audit_reports_every_audit_ok_against_our_endpoint()
    {
        await using var host = await KestrelHost.StartAsync(SmallSchemaExecutor());

        var (exitCode, output, error) = await NodeOracle.RunAsync("audit.mjs", [host.Endpoint.ToString()]);

        Assert.True(exitCode == 0, output + error);
        Assert.Contains("61 audits: ok=61 notice=0 warn=0 error=0", output, StringComparison.Ordinal);
    }
}
