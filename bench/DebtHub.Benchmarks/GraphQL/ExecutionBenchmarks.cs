using System.Buffers;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using DebtHub.GraphQL.Execution;
using DebtHub.GraphQL.Execution.Options;
using DebtHub.GraphQL.Execution.Results;
using DebtHub.GraphQL.Types;

namespace DebtHub.Benchmarks.GraphQL;

/// <summary>
/// The request pipeline end to end (document cache hit, variable coercion, execution, JSON written to a buffer):
/// a three-field query, the full introspection query, and the 100-item list with nested objects and a fragment that
/// bench/graphql-js/bench.mjs runs through graphql-js. See bench/README.md, "GraphQL: execution".
/// </summary>
[MemoryDiagnoser]
public class ExecutionBenchmarks
{
    private static readonly string JsBench = Path.Combine(FindRoot(), "bench", "graphql-js");
    private readonly ArrayBufferWriter<byte> _buffer = new(64 * 1024);
    private readonly IServiceProvider _services = new NoServices();
    private RequestExecutor _small = null!;
    private RequestExecutor _list = null!;
    private GraphQLRequest _threeFields = null!;
    private GraphQLRequest _introspection = null!;
    private GraphQLRequest _listQuery = null!;

    [GlobalSetup]
    public void Setup()
    {
        var small = SchemaBuilder.FromSdl("type Query { hello: String count: Int ok: Boolean }")
            .Bind("Query.hello", _ => ValueTask.FromResult<object?>("world"))
            .Bind("Query.count", _ => ValueTask.FromResult<object?>(42))
            .Bind("Query.ok", _ => ValueTask.FromResult<object?>(true))
            .Build();
        _small = new RequestExecutor(small, new GraphQLOptions(), TimeProvider.System, Pipeline.Validate);
        _threeFields = new GraphQLRequest("{ hello count ok }");

        var data = JsonDocument.Parse(File.ReadAllText(Path.Combine(JsBench, "list-data.json"))).RootElement;
        var list = SchemaBuilder.FromSdl(File.ReadAllText(Path.Combine(JsBench, "list.graphql"))).Build();
        _list = new RequestExecutor(list, new GraphQLOptions(), TimeProvider.System, Pipeline.Validate, data);
        _listQuery = new GraphQLRequest(File.ReadAllText(Path.Combine(JsBench, "list-query.graphql")));
        _introspection = new GraphQLRequest(File.ReadAllText(Path.Combine(JsBench, "introspection.graphql")));
    }

    [Benchmark]
    public Task<int> ThreeFieldQuery() => RunAsync(_small, _threeFields);

    [Benchmark]
    public Task<int> FullIntrospectionQuery() => RunAsync(_list, _introspection);

    [Benchmark]
    public Task<int> ListOf100WithFragment() => RunAsync(_list, _listQuery);

    private async Task<int> RunAsync(RequestExecutor executor, GraphQLRequest request)
    {
        var result = await executor.ExecuteAsync(request, _services, CancellationToken.None);
        _buffer.ResetWrittenCount();
        using (var writer = new Utf8JsonWriter(_buffer, ResultWriter.WriterOptions))
        {
            ResultWriter.Write(writer, result);
        }
        return _buffer.WrittenCount;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "DebtHub.sln")))
            {
                return dir.FullName;
            }
        }
        return Directory.GetCurrentDirectory();
    }

    private sealed class NoServices : IServiceProvider
    {
        public object? GetService(Type serviceType) => null;
    }
}
