using System.Text.Json;
using DebtHub.GraphQL.Data;
using DebtHub.GraphQL.Execution;
using DebtHub.GraphQL.Execution.Options;
using DebtHub.GraphQL.Execution.Results;
using DebtHub.GraphQL.Tests.Data.Model;
using DebtHub.GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace DebtHub.GraphQL.Tests.Data;

/// <summary>The Data features need only IQueryable: over LINQ to Objects they behave the same, synchronously.</summary>
public sealed class InMemoryQueryTests
{
    private static readonly List<Phone> Phones = Enumerable.Range(1, 25)
        .Select(i => new Phone(LendingFixture.Id(2, i), LendingFixture.Id(1, i % 3), $"+1555{i:0000}", i % 4 == 0 ? PhoneKind.Landline : PhoneKind.Mobile))
        .ToList();

    private static async Task<JsonElement> RunAsync(string query)
    {
        var schema = SchemaBuilder.FromSdl("type Query type Phone { number: String! kind: PhoneKind! } enum PhoneKind { MOBILE LANDLINE }")
            .BindEnum<PhoneKind>("PhoneKind")
            .AddData(new DataModel()
                .Object<Phone>("Phone", phone => phone.Key(p => p.Id))
                .Connection<Phone>("Query.phones", _ => Phones.AsQueryable()))
            .Build();
        var executor = new RequestExecutor(schema, new GraphQLOptions(), TimeProvider.System, Pipeline.Validate);
        var result = await executor.ExecuteAsync(new GraphQLRequest(query, null, null), new ServiceCollection().BuildServiceProvider(), CancellationToken.None);
        using var document = JsonDocument.Parse(ResultWriter.ToJson(result));
        Assert.False(document.RootElement.TryGetProperty("errors", out var errors), errors.ToString());
        return document.RootElement.GetProperty("data").Clone();
    }

    [Fact]
    public async Task A_list_in_memory_pages_filters_and_sorts_like_the_database()
    {
        var first = await RunAsync("""{ phones(first: 2, where: { kind: { eq: LANDLINE } }, order: [{ number: DESC }]) { totalCount nodes { number } pageInfo { endCursor } } }""");

        Assert.Equal(6, first.GetProperty("phones").GetProperty("totalCount").GetInt32());
        Assert.Equal("""[{"number":"+15550024"},{"number":"+15550020"}]""", first.GetProperty("phones").GetProperty("nodes").GetRawText());

        var cursor = first.GetProperty("phones").GetProperty("pageInfo").GetProperty("endCursor").GetString();
        var next = await RunAsync($$"""{ phones(first: 10, after: "{{cursor}}", where: { kind: { eq: LANDLINE } }, order: [{ number: DESC }]) { nodes { number } } }""");
        Assert.Equal("""[{"number":"+15550016"},{"number":"+15550012"},{"number":"+15550008"},{"number":"+15550004"}]""",
            next.GetProperty("phones").GetProperty("nodes").GetRawText());
    }
}
