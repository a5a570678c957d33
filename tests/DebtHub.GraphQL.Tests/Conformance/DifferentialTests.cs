using System.Text.Json;
using System.Text.Json.Nodes;
using DebtHub.GraphQL.Execution;
using DebtHub.GraphQL.Execution.Options;
using DebtHub.GraphQL.Execution.Results;
using DebtHub.GraphQL.Types;

namespace DebtHub.GraphQL.Tests.Conformance;

/// <summary>
/// Every document of the corpus gives the same response from our engine as from graphql-js 16.15: identical data and
/// identical errors (message, locations, path, in order).
/// </summary>
public sealed class DifferentialTests
{
    internal static readonly Lazy<Task<JsonArray>> OracleResults = new(RunOracleAsync);
    private static readonly Lazy<RequestExecutor> Engine = new(CreateEngine);

    public static IEnumerable<object[]> Cases => DifferentialCorpus.Names;

    [Fact]
    public void The_corpus_has_at_least_300_documents()
        => Assert.True(DifferentialCorpus.All.Count >= 300, $"{DifferentialCorpus.All.Count} cases");

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Our_response_equals_graphql_js(string name)
    {
        var index = DifferentialCorpus.All.ToList().FindIndex(c => c.Name == name);
        var testCase = DifferentialCorpus.All[index];
        var expected = (await OracleResults.Value)[index]!;

        var actual = await RunOursAsync(testCase);

        Assert.Equal(Canonical(expected), Canonical(actual));
    }

    internal static async Task<JsonNode> RunOursAsync(DifferentialCase testCase)
    {
        var result = await Engine.Value.ExecuteAsync(
            new GraphQLRequest(testCase.Query, testCase.OperationName, testCase.Variables), EmptyServices.Instance, CancellationToken.None);
        return JsonNode.Parse(ResultWriter.ToJson(result))!;
    }

    private static RequestExecutor CreateEngine()
    {
        var schema = SchemaBuilder.FromSdl(DifferentialCorpus.Schema).Build();
        var data = JsonDocument.Parse(DifferentialCorpus.Data).RootElement.Clone();
        return new RequestExecutor(schema, new GraphQLOptions(), TimeProvider.System, Pipeline.Validate, data);
    }

    private static async Task<JsonArray> RunOracleAsync()
    {
        var input = new JsonObject
        {
            ["schema"] = DifferentialCorpus.Schema,
            ["data"] = JsonNode.Parse(DifferentialCorpus.Data),
            ["cases"] = new JsonArray([.. DifferentialCorpus.All.Select(c => (JsonNode)c.ToJson())]),
        };
        var (code, output, error) = await NodeOracle.RunAsync("differential.mjs", [], input.ToJsonString());
        if (code != 0)
        {
            throw new InvalidOperationException("graphql-js oracle failed: " + error);
        }
        return JsonNode.Parse(output)!.AsArray();
    }

    /// <summary>The response with only what the suite compares: data, and each error's message, locations and path.</summary>
    internal static string Canonical(JsonNode response)
    {
        var canonical = new JsonObject();
        if (response["errors"] is JsonArray errors)
        {
            var list = new JsonArray();
            foreach (var error in errors)
            {
                var shaped = new JsonObject { ["message"] = error!["message"]?.DeepClone() };
                if (error["locations"] is { } locations)
                {
                    shaped["locations"] = locations.DeepClone();
                }
                if (error["path"] is { } path)
                {
                    shaped["path"] = path.DeepClone();
                }
                list.Add(shaped);
            }
            canonical["errors"] = list;
        }
        if (response.AsObject().TryGetPropertyValue("data", out var data))
        {
            canonical["data"] = Normalize(data);
        }
        return canonical.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping, WriteIndented = true });
    }

    // Numbers compare by value: graphql-js writes 1e+300 where System.Text.Json writes 1E+300.
    private static JsonNode? Normalize(JsonNode? node) => node switch
    {
        JsonObject obj => new JsonObject(obj.Select(p => KeyValuePair.Create(p.Key, Normalize(p.Value)))),
        JsonArray array => new JsonArray([.. array.Select(Normalize)]),
        JsonValue value when value.GetValueKind() == JsonValueKind.Number => JsonValue.Create(value.GetValue<double>()),
        _ => node?.DeepClone(),
    };

    private sealed class EmptyServices : IServiceProvider
    {
        public static readonly EmptyServices Instance = new();

        public object? GetService(Type serviceType) => null;
    }
}
