using DebtHub.GraphQL.Execution;
using DebtHub.GraphQL.Execution.Options;
using DebtHub.GraphQL.Execution.Results;
using DebtHub.GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace DebtHub.GraphQL.Tests.Execution;

public sealed class SubscriptionScopeTests
{
    private sealed class PerScope
    {
        private static int _created;

        public int Number { get; } = Interlocked.Increment(ref _created);
    }

    [Fact]
    public async Task Each_subscription_event_runs_in_a_service_scope_of_its_own()
    {
        var schema = SchemaBuilder.FromSdl("type Query { a: Int } type Subscription { tick: Tick } type Tick { n: Int scope: Int }")
            .BindSubscription("Subscription.tick", _ => new ValueTask<IAsyncEnumerable<object?>>(TwoTicks()))
            .Bind("Subscription.tick", (FieldResolver)(c => new(c.Parent)))
            .Bind("Tick.scope", (FieldResolver)(c => new(c.Services.GetRequiredService<PerScope>().Number)))
            .Build();
        var services = new ServiceCollection().AddScoped<PerScope>().BuildServiceProvider();
        await using var request = services.CreateAsyncScope();
        var executor = new RequestExecutor(schema, new GraphQLOptions(), TimeProvider.System, Pipeline.Validate);

        var result = await executor.ExecuteAsync(new GraphQLRequest("subscription { tick { n scope } }"), request.ServiceProvider, CancellationToken.None);
        var events = new List<(int Tick, int Scope)>();
        await foreach (var item in result.Stream!)
        {
            using var json = System.Text.Json.JsonDocument.Parse(ResultWriter.ToJson(item));
            var data = json.RootElement.GetProperty("data").GetProperty("tick");
            events.Add((data.GetProperty("n").GetInt32(), data.GetProperty("scope").GetInt32()));
        }

        Assert.Equal([1, 2], events.Select(e => e.Tick));
        Assert.NotEqual(events[0].Scope, events[1].Scope);
    }

    private static async IAsyncEnumerable<object?> TwoTicks()
    {
        await Task.Yield();
        yield return new Dictionary<string, object?> { ["n"] = 1 };
        yield return new Dictionary<string, object?> { ["n"] = 2 };
    }
}
