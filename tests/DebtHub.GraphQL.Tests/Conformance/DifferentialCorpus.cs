namespace DebtHub.GraphQL.Tests.Conformance;

/// <summary>
/// The differential suite: the hand-written documents of Differential/cases.graphql plus a generated matrix of
/// variable types × JSON values, all run against Differential/schema.graphql with Differential/data.json as root value.
/// </summary>
internal static class DifferentialCorpus
{
    public static string Folder => Path.Combine(NodeOracle.RepositoryRoot, "tests", "DebtHub.GraphQL.Tests", "Conformance", "Differential");

    public static string Schema => File.ReadAllText(Path.Combine(Folder, "schema.graphql"));

    public static string Data => File.ReadAllText(Path.Combine(Folder, "data.json"));

    private static readonly (string Type, string Field)[] VariableTypes =
    [
        ("Int", "echo(req: 1, i: $v)"), ("Int!", "echo(req: $v)"), ("Float", "echo(req: 1, f: $v)"), ("String", "echo(req: 1, s: $v)"),
        ("Boolean", "echo(req: 1, b: $v)"), ("ID", "echo(req: 1, id: $v)"), ("Episode", "echo(req: 1, e: $v)"),
        ("[Int!]", "echo(req: 1, list: $v)"), ("[[Int]]", "echo(req: 1, nested: $v)"), ("BookFilter", "echo(req: 1, input: $v)"),
        ("Pick", "echo(req: 1, pick: $v)"),
    ];

    private static readonly string?[] VariableValues =
    [
        null, "null", "1", "0", "-5", "1.5", "2147483648", "\"1\"", "\"abc\"", "true", "false", "\"JEDI\"", "\"jedi\"",
        "[1, 2]", "[1, null]", "[[1], null]", "{\"title\": \"x\"}", "{\"minPages\": \"x\"}", "{\"nope\": 1}",
        "{\"inner\": {\"depth\": 1}}", "{\"id\": \"1\"}", "{\"id\": \"1\", \"title\": \"t\"}", "{\"id\": null}", "{}",
    ];

    public static IReadOnlyList<DifferentialCase> All { get; } = Load();

    public static IEnumerable<object[]> Names => All.Select(c => new object[] { c.Name });

    private static List<DifferentialCase> Load()
    {
        var cases = new List<DifferentialCase>();
        var text = File.ReadAllText(Path.Combine(Folder, "cases.graphql"));
        var blocks = text.Split("# ---\n");
        for (var i = 0; i < blocks.Length; i++)
        {
            string? variables = null, operation = null;
            var lines = blocks[i].Split('\n').ToList();
            if (i == 0)
            {
                lines.RemoveAt(0); // the file's explanatory first line
            }
            foreach (var line in lines.ToList())
            {
                if (line.StartsWith("# variables: ", StringComparison.Ordinal))
                {
                    variables = line["# variables: ".Length..];
                    lines.Remove(line);
                }
                else if (line.StartsWith("# operation: ", StringComparison.Ordinal))
                {
                    operation = line["# operation: ".Length..];
                    lines.Remove(line);
                }
            }
            cases.Add(new DifferentialCase($"doc{i + 1:000}", string.Join('\n', lines), variables, operation));
        }
        foreach (var (type, field) in VariableTypes)
        {
            foreach (var value in VariableValues)
            {
                var name = $"var {type} = {value ?? "(absent)"}";
                cases.Add(new DifferentialCase(name, $"query ($v: {type}) {{ {field} }}", value is null ? "{}" : $"{{\"v\": {value}}}", null));
            }
        }
        return cases;
    }
}
