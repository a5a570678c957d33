using System.Text.Json;
using DebtHub.GraphQL.Execution;
using DebtHub.GraphQL.Execution.Options;
using DebtHub.GraphQL.Execution.Results;
using DebtHub.GraphQL.Language;
using DebtHub.GraphQL.Types;

// graphql-exec --schema S.graphql --data root.json --query Q.graphql [--variables V.json] [--operation NAME]
// Runs one document against an SDL schema with schema-first defaults and root.json as the root value of every
// operation, and prints the response JSON: given the same inputs, graphql-js's execute() prints the same data and errors.
try
{
    return await RunAsync(args);
}
catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or JsonException)
{
    await Console.Error.WriteLineAsync("graphql-exec: " + exception.Message);
    return 66;
}

static async Task<int> RunAsync(string[] args)
{
    var arguments = ParseArguments(args);
    if (arguments is null || !arguments.TryGetValue("schema", out var schemaPath) || !arguments.TryGetValue("query", out var queryPath))
    {
        await Console.Error.WriteLineAsync(
            "usage: graphql-exec --schema S.graphql --data root.json --query Q.graphql [--variables V.json] [--operation NAME]");
        return 64;
    }

    Schema schema;
    try
    {
        schema = SchemaBuilder.FromSdl(await File.ReadAllTextAsync(schemaPath)).Build();
    }
    catch (Exception exception) when (exception is SchemaValidationException or GraphQLSyntaxException)
    {
        await Console.Error.WriteLineAsync("invalid schema: " + exception.Message);
        return 65;
    }

    using var data = arguments.TryGetValue("data", out var dataPath) ? JsonDocument.Parse(await File.ReadAllTextAsync(dataPath)) : null;
    using var variables = arguments.TryGetValue("variables", out var variablesPath) ? JsonDocument.Parse(await File.ReadAllTextAsync(variablesPath)) : null;
    var options = new GraphQLOptions { ExecutionTimeout = TimeSpan.FromMinutes(1) };
    var executor = new RequestExecutor(schema, options, TimeProvider.System, Pipeline.Validate, data?.RootElement);
    var request = new GraphQLRequest(await File.ReadAllTextAsync(queryPath), arguments.GetValueOrDefault("operation"), variables?.RootElement);
    var result = await executor.ExecuteAsync(request, EmptyServices.Instance, CancellationToken.None);
    if (result.Stream is not null)
    {
        await Console.Error.WriteLineAsync("graphql-exec: subscriptions are not run by graphql-exec");
        return 65;
    }
    using var stdout = Console.OpenStandardOutput();
    await stdout.WriteAsync(ResultWriter.ToUtf8Bytes(result));
    await stdout.WriteAsync("\n"u8.ToArray());
    return 0;
}

static Dictionary<string, string>? ParseArguments(string[] args)
{
    var parsed = new Dictionary<string, string>(StringComparer.Ordinal);
    for (var i = 0; i < args.Length; i++)
    {
        if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length)
        {
            return null;
        }
        parsed[args[i][2..]] = args[++i];
    }
    return parsed;
}

internal sealed class EmptyServices : IServiceProvider
{
    public static readonly EmptyServices Instance = new();

    public object? GetService(Type serviceType) => null;
}
