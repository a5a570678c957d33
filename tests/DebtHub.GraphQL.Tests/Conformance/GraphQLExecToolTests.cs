using System.Text.Json.Nodes;

namespace DebtHub.GraphQL.Tests.Conformance;

/// <summary>The graphql-exec binary (what <c>./debthub graphql-exec</c> runs) answers like graphql-js on the corpus.</summary>
public sealed class GraphQLExecToolTests
{
    private static string Binary
    {
        get
        {
            var configuration = AppContext.BaseDirectory.Contains("/Release/", StringComparison.Ordinal) ? "Release" : "Debug";
            return Path.Combine(NodeOracle.RepositoryRoot, "tools", "GraphQLExec", "bin", configuration, "net10.0", "graphql-exec");
        }
    }

    public static IEnumerable<object[]> Sample =>
        DifferentialCorpus.All.Where((_, i) => i % 16 == 0).Select(c => new object[] { c.Name });

    [Theory]
    [MemberData(nameof(Sample))]
    public async Task Graphql_exec_prints_what_graphql_js_answers(string name)
    {
        var cases = DifferentialCorpus.All.ToList();
        var index = cases.FindIndex(c => c.Name == name);
        var testCase = cases[index];
        var expected = (await DifferentialTests.OracleResults.Value)[index]!;
        var folder = Directory.CreateTempSubdirectory("graphql-exec-").FullName;
        try
        {
            var query = Path.Combine(folder, "q.graphql");
            await File.WriteAllTextAsync(query, testCase.Query);
            List<string> arguments =
            [
                "--schema", Path.Combine(DifferentialCorpus.Folder, "schema.graphql"),
                "--data", Path.Combine(DifferentialCorpus.Folder, "data.json"),
                "--query", query,
            ];
            if (testCase.VariablesJson is not null)
            {
                await File.WriteAllTextAsync(Path.Combine(folder, "v.json"), testCase.VariablesJson);
                arguments.AddRange(["--variables", Path.Combine(folder, "v.json")]);
            }
            if (testCase.OperationName is not null)
            {
                arguments.AddRange(["--operation", testCase.OperationName]);
            }

            var (exitCode, output, error) = await NodeOracle.RunProcessAsync(Binary, arguments, folder, null, TimeSpan.FromSeconds(30));

            Assert.True(exitCode == 0, error);
            Assert.Equal(DifferentialTests.Canonical(expected), DifferentialTests.Canonical(JsonNode.Parse(output)!));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
