using System.Text.Json;
using DebtHub.GraphQL.Tests.Data.Model;

namespace DebtHub.GraphQL.Tests.Data;

[Collection(LendingCollection.Name)]
public sealed class ConnectionTests(LendingFixture fixture)
{
    [Fact]
    public async Task First_page_lists_the_first_items_in_key_order_with_cursors_and_page_info()
    {
        var (data, sql) = await fixture.QueryAsync("""
            { customers(first: 3) { edges { cursor node { name } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }
            """);

        var edges = data.GetProperty("customers").GetProperty("edges").EnumerateArray().ToList();
        Assert.Equal(["Customer 01", "Customer 02", "Customer 03"], edges.Select(e => e.GetProperty("node").GetProperty("name").GetString()));
        var pageInfo = data.GetProperty("customers").GetProperty("pageInfo");
        Assert.True(pageInfo.GetProperty("hasNextPage").GetBoolean());
        Assert.False(pageInfo.GetProperty("hasPreviousPage").GetBoolean());
        Assert.Equal(edges[0].GetProperty("cursor").GetString(), pageInfo.GetProperty("startCursor").GetString());
        Assert.Equal(edges[2].GetProperty("cursor").GetString(), pageInfo.GetProperty("endCursor").GetString());
        var command = Assert.Single(sql);
        Assert.Contains("LIMIT", command, StringComparison.Ordinal);
        Assert.DoesNotContain("OFFSET", command, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Following_end_cursors_visits_every_item_once_in_order()
    {
        var seen = new List<string>();
        string? after = null;
        var pages = 0;
        while (true)
        {
            var (data, _) = await fixture.QueryAsync(
                "query($after: String) { customers(first: 7, after: $after) { nodes { name } pageInfo { hasNextPage endCursor } } }",
                JsonSerializer.Serialize(new { after }));
            var connection = data.GetProperty("customers");
            seen.AddRange(connection.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("name").GetString()!));
            pages++;
            if (!connection.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean())
            {
                break;
            }
            after = connection.GetProperty("pageInfo").GetProperty("endCursor").GetString();
        }

        Assert.Equal(5, pages);
        Assert.Equal(Enumerable.Range(1, 30).Select(i => $"Customer {i:00}"), seen);
    }

    [Fact]
    public async Task Rows_inserted_before_the_cursor_between_pages_neither_repeat_nor_hide_items()
    {
        var (first, _) = await fixture.QueryAsync("{ customers(first: 5) { nodes { name } pageInfo { endCursor } } }");
        var cursor = first.GetProperty("customers").GetProperty("pageInfo").GetProperty("endCursor").GetString();
        var inserted = new Customer(LendingFixture.Id(1, 0), "Inserted first", null, CustomerStatus.Active, DateTimeOffset.UnixEpoch);
        await using (var db = fixture.NewContext())
        {
            db.Customers.Add(inserted);
            await db.SaveChangesAsync();
        }
        try
        {
            var (second, _) = await fixture.QueryAsync($$"""{ customers(first: 5, after: "{{cursor}}") { nodes { name } } }""");

            // Offset paging would now return "Customer 05" again; the keyset continues after "Customer 05".
            Assert.Equal(["Customer 06", "Customer 07", "Customer 08", "Customer 09", "Customer 10"],
                second.GetProperty("customers").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("name").GetString()));
        }
        finally
        {
            await using var db = fixture.NewContext();
            db.Customers.Remove(await db.Customers.FindAsync(inserted.Id) ?? throw new InvalidOperationException());
            await db.SaveChangesAsync();
        }
    }

    [Fact]
    public async Task Last_before_pages_backwards_and_keeps_items_in_list_order()
    {
        var (tail, _) = await fixture.QueryAsync("{ customers(last: 4) { nodes { name } pageInfo { hasPreviousPage hasNextPage startCursor } } }");
        var connection = tail.GetProperty("customers");
        Assert.Equal(["Customer 27", "Customer 28", "Customer 29", "Customer 30"],
            connection.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("name").GetString()));
        Assert.True(connection.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
        Assert.False(connection.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());

        var before = connection.GetProperty("pageInfo").GetProperty("startCursor").GetString();
        var (previous, _) = await fixture.QueryAsync($$"""{ customers(last: 3, before: "{{before}}") { nodes { name } pageInfo { hasNextPage } } }""");
        Assert.Equal(["Customer 24", "Customer 25", "Customer 26"],
            previous.GetProperty("customers").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("name").GetString()));
        Assert.True(previous.GetProperty("customers").GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
    }

    [Fact]
    public async Task Without_first_or_last_a_page_holds_the_default_ten_items()
    {
        var (data, _) = await fixture.QueryAsync("{ customers { nodes { name } } }");

        Assert.Equal(10, data.GetProperty("customers").GetProperty("nodes").GetArrayLength());
    }

    [Fact]
    public async Task Total_count_is_counted_only_when_selected_and_ignores_the_page()
    {
        var (without, withoutSql) = await fixture.QueryAsync("{ customers(first: 2) { nodes { name } } }");
        var (with, withSql) = await fixture.QueryAsync("{ customers(first: 2) { totalCount nodes { name } } }");

        Assert.False(without.GetProperty("customers").TryGetProperty("totalCount", out _));
        Assert.Single(withoutSql);
        Assert.Equal(30, with.GetProperty("customers").GetProperty("totalCount").GetInt32());
        Assert.Equal(2, withSql.Count);
        Assert.Contains("count(*)", withSql[1], StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Total_count_alone_sends_only_the_count()
    {
        var (data, sql) = await fixture.QueryAsync("{ customers(where: { status: { eq: ON_HOLD } }) { totalCount } }");

        Assert.Equal("""{"customers":{"totalCount":8}}""", data.GetRawText());
        Assert.Contains("count(*)", Assert.Single(sql), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Asking_for_more_than_the_maximum_page_size_is_a_field_error_with_the_limit()
    {
        var json = await fixture.RunAsync("{ loans(first: 21) { nodes { reference } } }");

        using var document = JsonDocument.Parse(json);
        var error = document.RootElement.GetProperty("errors")[0];
        Assert.Equal("The maximum allowed items per page were exceeded.", error.GetProperty("message").GetString());
        Assert.Equal("HC0051", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(20, error.GetProperty("extensions").GetProperty("maxAllowedItems").GetInt32());
        Assert.Equal(21, error.GetProperty("extensions").GetProperty("requestedItems").GetInt32());
        Assert.Equal(JsonValueKind.Null, document.RootElement.GetProperty("data").GetProperty("loans").ValueKind);
    }

    [Fact]
    public async Task First_zero_returns_no_items_but_tells_that_items_exist()
    {
        var (data, _) = await fixture.QueryAsync("{ customers(first: 0) { nodes { name } pageInfo { hasNextPage endCursor } } }");

        Assert.Equal("""{"customers":{"nodes":[],"pageInfo":{"hasNextPage":true,"endCursor":null}}}""", data.GetRawText());
    }

    [Fact]
    public async Task A_negative_first_is_refused()
    {
        var json = await fixture.RunAsync("{ customers(first: -1) { nodes { name } } }");

        Assert.Contains("must be a non-negative integer", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_cursor_that_is_not_ours_is_a_clear_error()
    {
        var json = await fixture.RunAsync("""{ customers(first: 2, after: "bm90LWEtY3Vyc29y") { nodes { name } } }""");

        Assert.Contains("is not valid for this list and order", json, StringComparison.Ordinal);
        Assert.Contains("BAD_USER_INPUT", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Offset_paging_returns_a_collection_segment_with_page_info_and_count()
    {
        var (data, sql) = await fixture.QueryAsync("""
            { customerPages(skip: 28, take: 5) { items { name } pageInfo { hasNextPage hasPreviousPage } totalCount } }
            """);

        var segment = data.GetProperty("customerPages");
        Assert.Equal(["Customer 29", "Customer 30"], segment.GetProperty("items").EnumerateArray().Select(n => n.GetProperty("name").GetString()));
        Assert.False(segment.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.True(segment.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
        Assert.Equal(30, segment.GetProperty("totalCount").GetInt32());
        Assert.Equal(2, sql.Count);
        Assert.Contains("OFFSET", sql[0], StringComparison.Ordinal);
    }
}
