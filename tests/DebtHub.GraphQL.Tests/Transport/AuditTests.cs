using DebtHub.GraphQL.Execution;
using DebtHub.GraphQL.Execution.Options;
using DebtHub.GraphQL.Tests.Conformance;
using DebtHub.GraphQL.Types;

namespace DebtHub.GraphQL.Tests.Transport;

public sealed class AuditTests
{
    internal static RequestExecutor SmallSchemaExecutor() => new(
        SchemaBuilder.FromSdl("""
            type Query { hello: String }
            type Mutation { noop: Boolean }
            type Subscription { count(to: Int!): Int! }
            """).Build(),
        new GraphQLOptions(), TimeProvider.System, Pipeline.Validate,
        System.Text.Json.JsonDocument.Parse("""{"hello":"world"}""").RootElement);

    [Fact]
    public async Task The_graphql_http_audit_reports_every_audit_ok_against_our_endpoint()
    {
        await using var host = await KestrelHost.StartAsync(SmallSchemaExecutor());

        var (exitCode, output, error) = await NodeOracle.RunAsync("audit.mjs", [host.Endpoint.ToString()]);

        Assert.True(exitCode == 0, output + error);
        Assert.Contains("61 audits: ok=61 notice=0 warn=0 error=0", output, StringComparison.Ordinal);
    }
}
