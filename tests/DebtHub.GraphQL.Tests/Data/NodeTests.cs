using System.Text;
using System.Text.Json;
using DebtHub.GraphQL.Data;

namespace DebtHub.GraphQL.Tests.Data;

[Collection(LendingCollection.Name)]
public sealed class NodeTests(LendingFixture fixture)
{
    [Fact]
    public void Ids_are_base64_of_the_type_name_and_the_key_as_hotchocolate_writes_them()
    {
        var id = GlobalId.Format("Customer", LendingFixture.Id(1, 7));

        Assert.Equal("Customer:00000001-0000-0000-0000-000000000007", Encoding.UTF8.GetString(Convert.FromBase64String(id)));
        Assert.True(GlobalId.TryParse(id, out var type, out var key));
        Assert.Equal(("Customer", "00000001-0000-0000-0000-000000000007"), (type, key));
        Assert.False(GlobalId.TryParse("not base64!", out _, out _));
    }

    [Fact]
    public async Task Listed_objects_carry_opaque_ids_that_node_refetches()
    {
        var (list, _) = await fixture.QueryAsync("{ customers(first: 2) { nodes { id name } } }");
        var second = list.GetProperty("customers").GetProperty("nodes")[1];
        var id = second.GetProperty("id").GetString();
        Assert.Equal(GlobalId.Format("Customer", LendingFixture.Id(1, 2)), id);

        var (data, sql) = await fixture.QueryAsync($$"""{ node(id: "{{id}}") { __typename id ... on Customer { name phones { number } } } }""");

        Assert.Equal($$$"""{"node":{"__typename":"Customer","id":"{{{id}}}","name":"Customer 02","phones":[{"number":"+1555020000"},{"number":"+1555020100"}]}}""",
            data.GetRawText());
        var command = Assert.Single(sql);
        Assert.DoesNotContain("email", command, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nodes_over_sixty_ids_of_two_types_cost_one_query_per_type_and_keep_the_order()
    {
        var ids = fixture.Customers.Take(30).Select(c => GlobalId.Format("Customer", c.Id))
            .Concat(fixture.Loans.Take(30).Select(l => GlobalId.Format("Loan", l.Id)))
            .Reverse()
            .Append(GlobalId.Format("Loan", Guid.Empty))
            .ToList();

        var (data, sql) = await fixture.QueryAsync(
            "query($ids: [ID!]!) { nodes(ids: $ids) { id ... on Customer { name } ... on Loan { reference } } }",
            JsonSerializer.Serialize(new { ids }));

        var nodes = data.GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal(ids.Count, nodes.Count);
        Assert.Equal(ids.Take(60), nodes.Take(60).Select(n => n.GetProperty("id").GetString()));
        Assert.Equal(JsonValueKind.Null, nodes[60].ValueKind);
        Assert.Equal(fixture.Loans[29].Reference, nodes[0].GetProperty("reference").GetString());
        Assert.Equal("Customer 01", nodes[59].GetProperty("name").GetString());
        Assert.Equal(2, sql.Count);
    }

    [Fact]
    public async Task An_id_that_is_not_a_node_id_is_a_field_error()
    {
        var json = await fixture.RunAsync("""{ node(id: "Zm9vOmJhcg==") { id } }""");

        using var document = JsonDocument.Parse(json);
        Assert.Equal(JsonValueKind.Null, document.RootElement.GetProperty("data").GetProperty("node").ValueKind);
        Assert.Contains("is not the ID of any node", document.RootElement.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task More_ids_than_the_batch_limit_are_refused()
    {
        var ids = Enumerable.Range(0, 101).Select(i => GlobalId.Format("Customer", Guid.NewGuid())).ToList();

        var json = await fixture.RunAsync("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", JsonSerializer.Serialize(new { ids }));

        Assert.Contains("The maximum number of nodes that can be fetched at once is 100", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Filters_on_a_node_id_take_global_ids()
    {
        var wanted = new[] { fixture.Loans[3], fixture.Loans[5] };
        var ids = wanted.Select(l => GlobalId.Format("Loan", l.Id)).ToList();

        var (data, _) = await fixture.QueryAsync("query($ids: [ID!]) { loans(where: { id: { in: $ids } }) { nodes { reference } } }", JsonSerializer.Serialize(new { ids }));

        Assert.Equal(wanted.Select(l => l.Reference), data.GetProperty("loans").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("reference").GetString()));
    }
}
