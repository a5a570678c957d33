using System.Text.Json;
using DebtHub.GraphQL.Execution;
using DebtHub.GraphQL.Execution.Errors;
using DebtHub.GraphQL.Execution.Options;
using DebtHub.GraphQL.Tests.Conformance;
using DebtHub.GraphQL.Tests.Transport;
using DebtHub.GraphQL.Types;

namespace DebtHub.GraphQL.Tests.Introspection;

public sealed class IntrospectionTests
{
    private const string Sdl = """
        "A schema that uses every introspection feature."
        schema { query: Query mutation: Mutation }

        "Marks a field for audit."
        directive @audited(level: Int = 1) repeatable on FIELD_DEFINITION | OBJECT

        "An RFC 3339 instant."
        scalar DateTime @specifiedBy(url: "https://www.rfc-editor.org/rfc/rfc3339")

        type Query {
          "The node with this id."
          node(id: ID!): Node
          accounts(first: Int = 10, status: Status = OPEN, filter: AccountFilter): [Account!]! @audited @audited(level: 2)
          legacy: String @deprecated(reason: "Use accounts.")
          search(text: String, limit: Int @deprecated): [Result!]
        }

        type Mutation { close(input: CloseInput!): Account }

        interface Node { id: ID! }
        interface Entity implements Node { id: ID! createdAt: DateTime }

        type Account implements Entity & Node @audited {
          id: ID!
          createdAt: DateTime
          status: Status!
          balance: Float
        }

        type Person implements Node { id: ID! name: String! }
        union Result = Account | Person

        enum Status {
          OPEN
          "Settled in full."
          CLOSED
          WRITTEN_OFF @deprecated(reason: "Use CLOSED.")
        }

        input AccountFilter {
          status: [Status!] = [OPEN]
          minBalance: Float
          legacyCode: String @deprecated
        }

        input CloseInput @oneOf { byId: ID byNumber: String }
        """;

    [Fact]
    public async Task Graphql_js_builds_and_validates_a_client_schema_from_our_introspection_identical_to_the_sdl()
    {
        var executor = new RequestExecutor(SchemaBuilder.FromSdl(Sdl).Build(), new GraphQLOptions(), TimeProvider.System, Pipeline.Validate);
        await using var host = await KestrelHost.StartAsync(executor);
        var expected = Path.Combine(Path.GetTempPath(), $"introspection-{Guid.NewGuid():N}.graphql");
        await File.WriteAllTextAsync(expected, Sdl);
        try
        {
            var (exitCode, output, error) = await NodeOracle.RunAsync(
                "introspect.mjs", [host.Endpoint.ToString(), expected], environment: new Dictionary<string, string> { ["FULL"] = "1" });

            Assert.True(exitCode == 0, error);
            Assert.Contains("schema matches expected", error, StringComparison.Ordinal);
            Assert.Contains("scalar DateTime @specifiedBy(url: \"https://www.rfc-editor.org/rfc/rfc3339\")", output, StringComparison.Ordinal);
            Assert.Contains("directive @audited(level: Int = 1) repeatable on FIELD_DEFINITION | OBJECT", output, StringComparison.Ordinal);
            Assert.Contains("input CloseInput @oneOf", output, StringComparison.Ordinal);
            Assert.Contains("WRITTEN_OFF @deprecated(reason: \"Use CLOSED.\")", output, StringComparison.Ordinal);
            Assert.Contains("legacyCode: String @deprecated", output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(expected);
        }
    }

    [Fact]
    public async Task Deprecated_members_are_listed_only_when_asked_for()
    {
        var executor = new RequestExecutor(SchemaBuilder.FromSdl(Sdl).Build(), new GraphQLOptions(), TimeProvider.System, Pipeline.Validate);

        var json = await RunAsync(executor, """
            { status: __type(name: "Status") { without: enumValues { name } with: enumValues(includeDeprecated: true) { name isDeprecated deprecationReason } }
              query: __type(name: "Query") { fields { name } search: fields(includeDeprecated: true) { name args { name } allArgs: args(includeDeprecated: true) { name isDeprecated } } } }
            """);

        using var doc = JsonDocument.Parse(json);
        var status = doc.RootElement.GetProperty("data").GetProperty("status");
        Assert.Equal(2, status.GetProperty("without").GetArrayLength());
        Assert.Equal("Use CLOSED.", status.GetProperty("with")[2].GetProperty("deprecationReason").GetString());
        var query = doc.RootElement.GetProperty("data").GetProperty("query");
        Assert.DoesNotContain("legacy", query.GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("name").GetString()));
        var search = query.GetProperty("search").EnumerateArray().Single(f => f.GetProperty("name").GetString() == "search");
        Assert.Equal(1, search.GetProperty("args").GetArrayLength());
        Assert.Equal(2, search.GetProperty("allArgs").GetArrayLength());
    }

    [Fact]
    public async Task Introspection_switched_off_refuses_schema_and_type_but_keeps_typename()
    {
        var executor = new RequestExecutor(SchemaBuilder.FromSdl(Sdl).Build(), new GraphQLOptions { EnableIntrospection = false },
            TimeProvider.System, Pipeline.Validate, JsonDocument.Parse("{}").RootElement);

        var refused = await RunAsync(executor, "{ __schema { queryType { name } } }");
        var typename = await RunAsync(executor, "{ __typename }");

        Assert.Contains(ErrorCodes.IntrospectionDisabled, refused, StringComparison.Ordinal);
        Assert.DoesNotContain("\"data\"", refused, StringComparison.Ordinal);
        Assert.Equal("""{"data":{"__typename":"Query"}}""", typename);
    }

    [Fact]
    public async Task The_sdl_endpoint_prints_the_schema_as_graphql_js_prints_it()
    {
        var executor = new RequestExecutor(SchemaBuilder.FromSdl(Sdl).Build(), new GraphQLOptions(), TimeProvider.System, Pipeline.Validate);

        var sdl = executor.PrintSchema();

        Assert.StartsWith("\"\"\"A schema that uses every introspection feature.\"\"\"\nschema {\n  query: Query\n  mutation: Mutation\n}", sdl, StringComparison.Ordinal);
        Assert.Contains("type Account implements Entity & Node {\n  id: ID!\n  createdAt: DateTime\n", sdl, StringComparison.Ordinal);
        Assert.Contains("enum Status {\n  OPEN\n\n  \"\"\"Settled in full.\"\"\"\n  CLOSED\n  WRITTEN_OFF @deprecated(reason: \"Use CLOSED.\")\n}", sdl, StringComparison.Ordinal);
        Assert.Contains("input CloseInput @oneOf {\n  byId: ID\n  byNumber: String\n}", sdl, StringComparison.Ordinal);
    }

    private static async Task<string> RunAsync(RequestExecutor executor, string query)
    {
        var result = await executor.ExecuteAsync(new GraphQLRequest(query), EmptyServiceProvider.Instance, CancellationToken.None);
        return DebtHub.GraphQL.Execution.Results.ResultWriter.ToJson(result);
    }
}

internal sealed class EmptyServiceProvider : IServiceProvider
{
    public static readonly EmptyServiceProvider Instance = new();

    public object? GetService(Type serviceType) => null;
}
