using System.Text.Json;

namespace DebtHub.GraphQL.Tests.Data;

[Collection(LendingCollection.Name)]
public sealed class ProjectionTests(LendingFixture fixture)
{
    /// <summary>The column list of the first SELECT (up to its FROM).</summary>
    private static string SelectList(string sql) => sql[..sql.IndexOf("FROM", StringComparison.Ordinal)];

    [Fact]
    public async Task The_query_reads_only_the_selected_columns()
    {
        var (data, sql) = await fixture.QueryAsync("{ customers(first: 2) { nodes { name } } }");

        Assert.Equal("""{"customers":{"nodes":[{"name":"Customer 01"},{"name":"Customer 02"}]}}""", data.GetRawText());
        var columns = SelectList(Assert.Single(sql));
        Assert.Contains("c.name", columns, StringComparison.Ordinal);
        Assert.Contains("c.id", columns, StringComparison.Ordinal);
        Assert.DoesNotContain("email", columns, StringComparison.Ordinal);
        Assert.DoesNotContain("status", columns, StringComparison.Ordinal);
        Assert.DoesNotContain("created_at", columns, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nested_collections_and_a_related_row_come_in_the_same_single_command()
    {
        var (data, sql) = await fixture.QueryAsync("""
            {
              customers(first: 4) {
                nodes { name phones { number kind } loans { reference balance customer { name } } phoneCount }
              }
            }
            """);

        var nodes = data.GetProperty("customers").GetProperty("nodes");
        Assert.Equal("""{"name":"Customer 01","phones":[{"number":"+1555010000","kind":"MOBILE"}],"loans":[{"reference":"L-01-0","balance":100,"customer":{"name":"Customer 01"}}],"phoneCount":1}""",
            nodes[0].GetRawText());
        Assert.Equal("""{"name":"Customer 04","phones":[{"number":"+1555040000","kind":"MOBILE"}],"loans":[],"phoneCount":1}""", nodes[3].GetRawText());
        Assert.Equal(3, nodes[2].GetProperty("loans").GetArrayLength());
        Assert.Equal(308.5, nodes[2].GetProperty("loans")[1].GetProperty("balance").GetDouble());
        var command = Assert.Single(sql);
        Assert.DoesNotContain("email", command, StringComparison.Ordinal);
        Assert.DoesNotContain("days_late", command, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Twenty_items_with_nested_lists_still_take_one_command()
    {
        var (data, sql) = await fixture.QueryAsync("{ loans(first: 20) { nodes { reference customer { name phones { number } } } } }");

        Assert.Equal(20, data.GetProperty("loans").GetProperty("nodes").GetArrayLength());
        Assert.Single(sql);
    }

    [Fact]
    public async Task Fragments_and_inline_fragments_are_projected_like_plain_fields()
    {
        var (data, sql) = await fixture.QueryAsync("""
            query { customers(first: 2) { edges { node { ...Basics ... on Customer { email } } } } }
            fragment Basics on Customer { name phones { ... on Phone { number } } }
            """);

        Assert.Equal("""{"name":"Customer 02","phones":[{"number":"+1555020000"},{"number":"+1555020100"}],"email":"c02@example.com"}""",
            data.GetProperty("customers").GetProperty("edges")[1].GetProperty("node").GetRawText());
        var columns = SelectList(Assert.Single(sql));
        Assert.Contains(".email", columns, StringComparison.Ordinal);
        Assert.DoesNotContain("status", columns, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Skipped_fields_are_not_read()
    {
        var (data, sql) = await fixture.QueryAsync(
            "query($withEmail: Boolean!) { customers(first: 1) { nodes { name email @include(if: $withEmail) } } }",
            """{"withEmail": false}""");

        Assert.Equal("""{"customers":{"nodes":[{"name":"Customer 01"}]}}""", data.GetRawText());
        Assert.DoesNotContain("email", Assert.Single(sql), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_field_with_its_own_resolver_gets_the_values_the_mapping_requires()
    {
        var (data, _) = await fixture.QueryAsync("{ customers(first: 1) { nodes { greeting } } }");

        Assert.Equal("""{"customers":{"nodes":[{"greeting":"Hello, Customer 01"}]}}""", data.GetRawText());
    }

    [Fact]
    public async Task Aliases_of_one_field_read_it_once()
    {
        var (data, _) = await fixture.QueryAsync("{ customers(first: 1) { nodes { a: name b: name } } }");

        Assert.Equal("""{"customers":{"nodes":[{"a":"Customer 01","b":"Customer 01"}]}}""", data.GetRawText());
    }

    [Fact]
    public async Task Sibling_list_fields_share_the_request_DbContext_without_clashing()
    {
        var (data, sql) = await fixture.QueryAsync("{ a: customers(first: 1) { totalCount nodes { name } } b: loans(first: 1) { nodes { reference } } }");

        Assert.Equal("Customer 01", data.GetProperty("a").GetProperty("nodes")[0].GetProperty("name").GetString());
        Assert.Equal(1, data.GetProperty("b").GetProperty("nodes").GetArrayLength());
        Assert.Equal(3, sql.Count);
    }

    [Fact]
    public async Task Nested_lists_apply_their_own_filter_order_and_limit_inside_the_same_query()
    {
        var (data, sql) = await fixture.QueryAsync("""
            {
              customers(first: 3, where: { name: { in: ["Customer 03", "Customer 07", "Customer 11"] } }) {
                nodes {
                  name
                  loans(order: [{ balance: DESC }], first: 2, where: { daysLate: { gte: 30 } }) { reference daysLate }
                  phones(where: { kind: { eq: LANDLINE } }) { number }
                }
              }
            }
            """);

        Assert.Equal("""
            {"customers":{"nodes":[{"name":"Customer 03","loans":[{"reference":"L-03-2","daysLate":43},{"reference":"L-03-1","daysLate":32}],"phones":[]},{"name":"Customer 07","loans":[{"reference":"L-07-2","daysLate":71},{"reference":"L-07-1","daysLate":60}],"phones":[]},{"name":"Customer 11","loans":[{"reference":"L-11-2","daysLate":99},{"reference":"L-11-1","daysLate":88}],"phones":[{"number":"+1555110100"}]}]}}
            """.Trim(), data.GetRawText());
        Assert.Single(sql);
    }

    [Fact]
    public async Task A_list_field_s_own_arguments_narrow_it_through_the_mapping()
    {
        var (data, sql) = await fixture.QueryAsync("""
            query { customers(first: 1, where: { name: { eq: "Customer 02" } }) { nodes { all: phones { number } mobile: phones(mobileOnly: true) { number } } } }
            """);

        // Aliases with different arguments are projected separately, still in the one query.
        Assert.Equal("""{"all":[{"number":"+1555020000"},{"number":"+1555020100"}],"mobile":[{"number":"+1555020000"}]}""",
            data.GetProperty("customers").GetProperty("nodes")[0].GetRawText());
        Assert.Single(sql);

        var (mobile, _) = await fixture.QueryAsync("""
            { customers(first: 1, where: { name: { eq: "Customer 02" } }) { nodes { phones(mobileOnly: true) { number kind } } } }
            """);
        Assert.Equal("""[{"number":"+1555020000","kind":"MOBILE"}]""",
            mobile.GetProperty("customers").GetProperty("nodes")[0].GetProperty("phones").GetRawText());

        var (top, _) = await fixture.QueryAsync("""
            { customers(first: 1, where: { name: { eq: "Customer 02" } }) { nodes { phones(top: 1) { number } } } }
            """);
        Assert.Equal(1, top.GetProperty("customers").GetProperty("nodes")[0].GetProperty("phones").GetArrayLength());
    }

    [Fact]
    public async Task Reference_navigations_project_filter_and_sort_in_one_query()
    {
        var (data, sql) = await fixture.QueryAsync("""
            {
              phones(first: 3, where: { owner: { status: { eq: CLOSED } } }, order: [{ owner: { name: DESC } }, { number: ASC }]) {
                nodes { number owner { name status } }
              }
            }
            """);

        Assert.Equal("""
            {"phones":{"nodes":[{"number":"+1555250000","owner":{"name":"Customer 25","status":"CLOSED"}},{"number":"+1555200000","owner":{"name":"Customer 20","status":"CLOSED"}},{"number":"+1555200100","owner":{"name":"Customer 20","status":"CLOSED"}}]}}
            """.Trim(), data.GetRawText());
        Assert.Single(sql);
    }

    [Fact]
    public async Task A_value_object_field_is_built_from_its_columns_without_reading_others()
    {
        var (data, sql) = await fixture.QueryAsync("""{ loans(first: 1, order: [{ balance: DESC }]) { nodes { owed { amount currency } } } }""");

        Assert.Equal("""{"loans":{"nodes":[{"owed":{"amount":3008.5,"currency":"USD"}}]}}""", data.GetRawText());
        var columns = SelectList(Assert.Single(sql));
        Assert.DoesNotContain("reference", columns, StringComparison.Ordinal);
        Assert.DoesNotContain("days_late", columns, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Selections_merged_from_colocated_fragments_are_all_read()
    {
        var (data, sql) = await fixture.QueryAsync("""
            query { customers(first: 2) { nodes { name } } ...Counts node(id: "Q3VzdG9tZXI6MDAwMDAwMDEtMDAwMC0wMDAwLTAwMDAtMDAwMDAwMDAwMDAy") { id } ...NodeName }
            fragment Counts on Query { customers(first: 2) { totalCount nodes { email } } }
            fragment NodeName on Query { node(id: "Q3VzdG9tZXI6MDAwMDAwMDEtMDAwMC0wMDAwLTAwMDAtMDAwMDAwMDAwMDAy") { ... on Customer { name } } }
            """);

        Assert.Equal("""
            {"customers":{"nodes":[{"name":"Customer 01","email":null},{"name":"Customer 02","email":"c02@example.com"}],"totalCount":30},"node":{"id":"Q3VzdG9tZXI6MDAwMDAwMDEtMDAwMC0wMDAwLTAwMDAtMDAwMDAwMDAwMDAy","name":"Customer 02"}}
            """.Trim(), data.GetRawText());
        Assert.Equal(3, sql.Count);
    }

    [Fact]
    public async Task Merged_selections_are_found_below_nested_objects_too()
    {
        var (data, _) = await fixture.QueryAsync("""
            { loans(first: 1) { nodes { customer { name } ... on Loan { customer { email loans(first: 1) { reference } } } } } }
            """);

        Assert.Equal("""{"loans":{"nodes":[{"customer":{"name":"Customer 01","email":null,"loans":[{"reference":"L-01-0"}]}}]}}""", data.GetRawText());
    }
}
