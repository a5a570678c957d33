using System.Text.Json;

namespace DebtHub.GraphQL.Tests.Data;

[Collection(LendingCollection.Name)]
public sealed class SortingTests(LendingFixture fixture)
{
    private static List<string> Names(JsonElement data, string field)
        => data.GetProperty(field).GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("name").GetString()!).ToList();

    [Fact]
    public async Task Order_sorts_by_the_listed_fields_in_priority_with_the_key_breaking_ties()
    {
        var (data, sql) = await fixture.QueryAsync("{ customers(first: 6, order: [{ status: DESC }, { name: DESC }]) { nodes { name status } } }");

        // Enums are stored as strings: DESC puts ON_HOLD ("OnHold") before CLOSED ("Closed") before ACTIVE.
        Assert.Equal(["Customer 27", "Customer 24", "Customer 21", "Customer 18", "Customer 12", "Customer 09"], Names(data, "customers"));
        Assert.Contains("ORDER BY c.status DESC, c.name DESC, c.id", Assert.Single(sql), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Paging_through_an_order_with_ties_visits_every_row_once()
    {
        // createdAt repeats for each pair of customers, so only the key makes the order total.
        var seen = new List<string>();
        string? after = null;
        do
        {
            var (data, _) = await fixture.QueryAsync(
                "query($after: String) { customers(first: 4, after: $after, order: [{ createdAt: DESC }]) { nodes { name } pageInfo { hasNextPage endCursor } } }",
                JsonSerializer.Serialize(new { after }));
            seen.AddRange(Names(data, "customers"));
            var pageInfo = data.GetProperty("customers").GetProperty("pageInfo");
            after = pageInfo.GetProperty("hasNextPage").GetBoolean() ? pageInfo.GetProperty("endCursor").GetString() : null;
        }
        while (after is not null);

        var expected = fixture.Customers.OrderByDescending(c => c.CreatedAt).ThenBy(c => c.Id).Select(c => c.Name).ToList();
        Assert.Equal(expected, seen);
    }

    [Fact]
    public async Task Paging_over_nullable_values_keeps_nulls_in_one_place_and_loses_none()
    {
        foreach (var direction in new[] { "ASC", "DESC" })
        {
            var seen = new List<string>();
            string? after = null;
            do
            {
                var (data, _) = await fixture.QueryAsync(
                    $$"""query($after: String) { customers(first: 7, after: $after, order: [{ email: {{direction}} }]) { nodes { name } pageInfo { hasNextPage endCursor } } }""",
                    JsonSerializer.Serialize(new { after }));
                seen.AddRange(Names(data, "customers"));
                var pageInfo = data.GetProperty("customers").GetProperty("pageInfo");
                after = pageInfo.GetProperty("hasNextPage").GetBoolean() ? pageInfo.GetProperty("endCursor").GetString() : null;
            }
            while (after is not null);

            Assert.Equal(30, seen.Distinct().Count());
            var withEmail = seen.FindIndex(n => int.Parse(n[^2..], System.Globalization.CultureInfo.InvariantCulture) % 2 == 0);
            // PostgreSQL orders NULL as the largest value: last ascending, first descending.
            Assert.Equal(direction == "ASC" ? 0 : 15, withEmail);
        }
    }

    [Fact]
    public async Task Nested_object_fields_sort_by_the_related_row()
    {
        var (data, sql) = await fixture.QueryAsync("{ loans(first: 5, order: [{ customer: { name: DESC } }, { reference: ASC }]) { nodes { reference } } }");

        Assert.Equal(["L-30-0", "L-30-1", "L-29-0", "L-27-0", "L-27-1"],
            data.GetProperty("loans").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("reference").GetString()));
        Assert.Single(sql);
    }

    [Fact]
    public async Task Backward_paging_follows_a_custom_order()
    {
        var (data, _) = await fixture.QueryAsync("{ loans(last: 3, order: [{ balance: DESC }]) { nodes { balance } pageInfo { hasPreviousPage } } }");

        var balances = data.GetProperty("loans").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("balance").GetDouble()).ToList();
        Assert.Equal([208.5, 200, 100], balances);
        Assert.True(data.GetProperty("loans").GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
    }

    [Fact]
    public async Task A_cursor_from_another_order_is_refused()
    {
        var (data, _) = await fixture.QueryAsync("{ customers(first: 1, order: [{ name: ASC }]) { pageInfo { endCursor } } }");
        var cursor = data.GetProperty("customers").GetProperty("pageInfo").GetProperty("endCursor").GetString();

        var json = await fixture.RunAsync($$"""{ customers(first: 1, after: "{{cursor}}", order: [{ createdAt: ASC }]) { nodes { name } } }""");

        Assert.Contains("is not valid for this list and order", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_cursor_from_an_order_over_keys_of_the_same_types_is_refused_too()
    {
        var (data, _) = await fixture.QueryAsync("{ customers(first: 1, order: [{ name: ASC }]) { pageInfo { endCursor } } }");
        var cursor = data.GetProperty("customers").GetProperty("pageInfo").GetProperty("endCursor").GetString();

        var json = await fixture.RunAsync($$"""{ customers(first: 1, after: "{{cursor}}", order: [{ name: DESC }]) { nodes { name } } }""");

        Assert.Contains("is not valid for this list and order", json, StringComparison.Ordinal);
    }
}
