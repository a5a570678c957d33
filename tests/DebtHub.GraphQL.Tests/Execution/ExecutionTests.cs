using System.Text.Json;
using DebtHub.GraphQL.Execution;
using DebtHub.GraphQL.Execution.DataLoader;
using DebtHub.GraphQL.Execution.Errors;
using DebtHub.GraphQL.Execution.Options;
using DebtHub.GraphQL.Execution.Results;
using DebtHub.GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DebtHub.GraphQL.Tests.Execution;

public sealed class ExecutionTests
{
    private const string Sdl = """
        type Query { a: String b: String books: [Book!]! boom: String secret: String deep: Deep slow: String }
        type Book { id: ID! author: Author }
        type Author { id: ID! name: String! }
        type Deep { deep: Deep leaf: Int items(first: Int): [Deep] }
        type Mutation { first: Int second: Int }
        type Subscription { count(to: Int!): Int }
        """;

    private static async Task<string> RunAsync(
        SchemaBuilder builder, string query, GraphQLOptions? options = null, IServiceProvider? services = null, string? variables = null, ILogger? logger = null)
    {
        var executor = new RequestExecutor(builder.Build(), options ?? new GraphQLOptions(), TimeProvider.System, Pipeline.Validate, logger: logger);
        var request = new GraphQLRequest(query, null, variables is null ? null : JsonDocument.Parse(variables).RootElement);
        var result = await executor.ExecuteAsync(request, services ?? new ServiceCollection().BuildServiceProvider(), CancellationToken.None);
        return ResultWriter.ToJson(result);
    }

    [Fact]
    public async Task Sibling_async_resolvers_of_a_query_run_at_the_same_time()
    {
        var started = 0;
        var bothStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        async ValueTask<object?> WaitForSibling(IResolverContext context)
        {
            if (Interlocked.Increment(ref started) == 2)
            {
                bothStarted.SetResult();
            }
            // Sequential execution would never let the second resolver start, and this would time out.
            await bothStarted.Task.WaitAsync(TimeSpan.FromSeconds(5));
            return context.Field.Name;
        }
        var builder = SchemaBuilder.FromSdl(Sdl).Bind("Query.a", WaitForSibling).Bind("Query.b", WaitForSibling);

        Assert.Equal("""{"data":{"a":"a","b":"b"}}""", await RunAsync(builder, "{ a b }"));
    }

    [Fact]
    public async Task Mutation_root_fields_run_one_after_another_in_document_order()
    {
        var log = new List<string>();
        var builder = SchemaBuilder.FromSdl(Sdl)
            .Bind("Mutation.first", async _ =>
            {
                log.Add("first started");
                await Task.Delay(50);
                log.Add("first done");
                return 1;
            })
            .Bind("Mutation.second", _ =>
            {
                log.Add("second started");
                return ValueTask.FromResult<object?>(2);
            });

        var json = await RunAsync(builder, "mutation { second: first first: second }");

        Assert.Equal("""{"data":{"second":1,"first":2}}""", json);
        Assert.Equal(["first started", "first done", "second started"], log);
    }

    [Fact]
    public async Task Authors_of_a_list_of_books_load_in_one_batch_through_the_request_scoped_data_loader()
    {
        var batches = new List<IReadOnlyList<string>>();
        var services = new ServiceCollection()
            .AddScoped<DataLoaderScheduler>()
            .AddScoped(provider => new BatchDataLoader<string, Dictionary<string, object?>>(
                provider.GetRequiredService<DataLoaderScheduler>(),
                async (keys, cancellationToken) =>
                {
                    await Task.Delay(10, cancellationToken);
                    batches.Add(keys);
                    return keys.ToDictionary(k => k, k => new Dictionary<string, object?> { ["id"] = k, ["name"] = "Author " + k });
                }))
            .BuildServiceProvider();
        using var scope = services.CreateScope();
        var builder = SchemaBuilder.FromSdl(Sdl)
            .Bind("Query.books", _ => ValueTask.FromResult<object?>(new[] { "a1", "a2", "a1", "a3" }.Select((a, i) =>
                new Dictionary<string, object?> { ["id"] = i.ToString(System.Globalization.CultureInfo.InvariantCulture), ["authorId"] = a }).ToArray()))
            .Bind("Book.author", async context =>
            {
                var loader = context.Services.GetRequiredService<BatchDataLoader<string, Dictionary<string, object?>>>();
                return await loader.LoadAsync((string)((Dictionary<string, object?>)context.Parent!)["authorId"]!);
            });

        var json = await RunAsync(builder, "{ books { id author { name } } }", services: scope.ServiceProvider);

        Assert.Equal(
            """{"data":{"books":[{"id":"0","author":{"name":"Author a1"}},{"id":"1","author":{"name":"Author a2"}},{"id":"2","author":{"name":"Author a1"}},{"id":"3","author":{"name":"Author a3"}}]}}""",
            json);
        Assert.Equal([["a1", "a2", "a3"]], batches);
    }

    [Fact]
    public async Task An_unexpected_exception_is_hidden_outside_development_and_shown_in_development()
    {
        var builder = SchemaBuilder.FromSdl(Sdl).Bind("Query.boom", _ => throw new InvalidOperationException("connection string leaked"));
        var log = new CapturingLogger();

        var production = await RunAsync(builder, "{ boom a }", logger: log);
        var development = await RunAsync(builder, "{ boom }", new GraphQLOptions { IncludeExceptionDetails = true });

        Assert.Equal(
            """{"errors":[{"message":"Unexpected Execution Error","locations":[{"line":1,"column":3}],"path":["boom"],"extensions":{"code":"UNEXPECTED_EXECUTION_ERROR"}}],"data":{"boom":null,"a":null}}""",
            production);
        Assert.Contains("connection string leaked", development, StringComparison.Ordinal);
        Assert.Contains("stackTrace", development, StringComparison.Ordinal);
        var entry = Assert.Single(log.Entries);
        Assert.Equal(4101, entry.EventId.Id);
        Assert.Equal("The resolver of Query.boom failed unexpectedly", entry.Message);
        Assert.IsType<InvalidOperationException>(entry.Exception);
    }

    private sealed class CapturingLogger : ILogger
    {
        public List<(EventId EventId, string Message, Exception? Exception)> Entries { get; } = [];

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            => Entries.Add((eventId, formatter(state, exception), exception));
    }

    [Fact]
    public async Task A_graphql_exception_reaches_the_client_with_its_code()
    {
        var builder = SchemaBuilder.FromSdl(Sdl).Bind("Query.secret", _ => throw new GraphQLException("Not allowed to read the secret.", "FORBIDDEN"));

        var json = await RunAsync(builder, "{ secret }");

        Assert.Equal(
            """{"errors":[{"message":"Not allowed to read the secret.","locations":[{"line":1,"column":3}],"path":["secret"],"extensions":{"code":"FORBIDDEN"}}],"data":{"secret":null}}""",
            json);
    }

    [Fact]
    public async Task A_request_that_runs_past_the_timeout_is_stopped_with_a_timeout_error()
    {
        var builder = SchemaBuilder.FromSdl(Sdl).Bind("Query.slow", async context =>
        {
            await Task.Delay(Timeout.Infinite, context.CancellationToken);
            return "never";
        });

        var json = await RunAsync(builder, "{ slow }", new GraphQLOptions { ExecutionTimeout = TimeSpan.FromMilliseconds(100) });

        Assert.Contains("\"code\":\"EXECUTION_TIMEOUT\"", json, StringComparison.Ordinal);
        Assert.Contains("\"data\":null", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_operation_deeper_than_the_limit_is_refused_before_execution()
    {
        var calls = 0;
        var builder = SchemaBuilder.FromSdl(Sdl).Bind("Query.deep", _ =>
        {
            calls++;
            return ValueTask.FromResult<object?>(new Dictionary<string, object?> { ["deep"] = new Dictionary<string, object?>() });
        });

        var refused = await RunAsync(builder, "{ deep { deep { ...F } } } fragment F on Deep { deep { leaf } }", new GraphQLOptions { MaxExecutionDepth = 3 });
        var allowed = await RunAsync(builder, "{ deep { deep { leaf } } }", new GraphQLOptions { MaxExecutionDepth = 3 });

        Assert.Equal(
            """{"errors":[{"message":"The operation has an execution depth of 4, which exceeds the maximum allowed depth of 3.","locations":[{"line":1,"column":1}],"extensions":{"code":"MAX_DEPTH_EXCEEDED"}}]}""",
            refused);
        Assert.Equal("""{"data":{"deep":{"deep":{"leaf":null}}}}""", allowed);
        Assert.Equal(1, calls);
    }

    [Fact]
    public async Task The_cost_limit_follows_list_sizes_from_slicing_arguments_and_cost_weights()
    {
        const string costSdl = """
            directive @cost(weight: String!) on FIELD_DEFINITION | OBJECT | ARGUMENT_DEFINITION | SCALAR | ENUM | INPUT_FIELD_DEFINITION
            directive @listSize(assumedSize: Int, slicingArguments: [String!], sizedFields: [String!], requireOneSlicingArgument: Boolean = true) on FIELD_DEFINITION
            type Query { items(first: Int): [Item] @listSize(slicingArguments: ["first"]) expensive: Int @cost(weight: "50") }
            type Item { name: String child: Item }
            """;
        var builder = SchemaBuilder.FromSdl(costSdl);
        var options = new GraphQLOptions { MaxOperationCost = 40 };

        // items(first: 30): 1 + 30 × (name 0 + child 1) = 31 — allowed; first: 50 costs 51; expensive costs 50.
        var cheap = await RunAsync(builder, "{ items(first: 30) { name child { name } } }", options);
        var tooMany = await RunAsync(builder, "query($n: Int) { items(first: $n) { child { name } } }", options, variables: """{"n": 50}""");
        var weighted = await RunAsync(builder, "{ expensive }", options);

        Assert.Equal("""{"data":{"items":null}}""", cheap);
        Assert.Contains("estimated cost of 51, which exceeds the maximum allowed cost of 40", tooMany, StringComparison.Ordinal);
        Assert.Contains("estimated cost of 50,", weighted, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Conditional_fields_follow_each_requests_variables_even_when_the_document_is_cached()
    {
        var builder = SchemaBuilder.FromSdl(Sdl)
            .Bind("Query.a", _ => ValueTask.FromResult<object?>("A"))
            .Bind("Query.b", _ => ValueTask.FromResult<object?>("B"));
        var executor = new RequestExecutor(builder.Build(), new GraphQLOptions(), TimeProvider.System, Pipeline.Validate);
        const string query = "query($show: Boolean!) { a @include(if: $show) b }";
        async Task<string> Run(bool show) => ResultWriter.ToJson(await executor.ExecuteAsync(
            new GraphQLRequest(query, null, JsonDocument.Parse($$"""{"show":{{(show ? "true" : "false")}}}""").RootElement),
            new ServiceCollection().BuildServiceProvider(), CancellationToken.None));

        Assert.Equal("""{"data":{"a":"A","b":"B"}}""", await Run(true));
        Assert.Equal("""{"data":{"b":"B"}}""", await Run(false));
        Assert.Equal("""{"data":{"a":"A","b":"B"}}""", await Run(true));
    }

    [Fact]
    public async Task A_subscription_maps_every_source_event_through_the_selection_set()
    {
        static async IAsyncEnumerable<object?> Count(int to)
        {
            for (var i = 1; i <= to; i++)
            {
                await Task.Yield();
                yield return new Dictionary<string, object?> { ["count"] = i };
            }
        }
        var builder = SchemaBuilder.FromSdl(Sdl)
            .BindSubscription("Subscription.count", context => ValueTask.FromResult(Count(context.GetArgument<int>("to"))));
        var executor = new RequestExecutor(builder.Build(), new GraphQLOptions(), TimeProvider.System, Pipeline.Validate);

        var result = await executor.ExecuteAsync(new GraphQLRequest("subscription { count(to: 3) }"), new ServiceCollection().BuildServiceProvider(), CancellationToken.None);
        var events = new List<string>();
        await foreach (var item in result.Stream!)
        {
            events.Add(ResultWriter.ToJson(item));
        }

        Assert.Equal(["""{"data":{"count":1}}""", """{"data":{"count":2}}""", """{"data":{"count":3}}"""], events);
    }

    [Fact]
    public async Task A_mutation_over_get_is_refused_before_it_runs()
    {
        var ran = false;
        var builder = SchemaBuilder.FromSdl(Sdl).Bind("Mutation.first", _ =>
        {
            ran = true;
            return ValueTask.FromResult<object?>(1);
        });
        var executor = new RequestExecutor(builder.Build(), new GraphQLOptions(), TimeProvider.System, Pipeline.Validate);

        var result = await executor.ExecuteAsync(
            new GraphQLRequest("mutation { first }") { AllowedOperations = OperationKinds.Query },
            new ServiceCollection().BuildServiceProvider(), CancellationToken.None);

        Assert.False(ran);
        Assert.Equal("Can only perform a mutation operation from a POST request.", Assert.Single(result.Errors).Message);
        Assert.Equal(ErrorCodes.OperationNotAllowed, result.Errors[0].Code);
    }
}
