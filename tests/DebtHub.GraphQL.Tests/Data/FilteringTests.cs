using System.Text.Json;

namespace DebtHub.GraphQL.Tests.Data;

[Collection(LendingCollection.Name)]
public sealed class FilteringTests(LendingFixture fixture)
{
    private async Task<List<string>> NamesAsync(string where, string? variables = null)
    {
        var declaration = where.Contains("$v", StringComparison.Ordinal) ? "($v: [CustomerStatus!])" : "";
        var (data, sql) = await fixture.QueryAsync($$"""query{{declaration}} { customers(first: 50, where: {{where}}) { nodes { name } } }""", variables);
        Assert.Single(sql);
        return data.GetProperty("customers").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("name").GetString()!).ToList();
    }

    private static List<string> Customers(params int[] numbers) => numbers.Select(i => $"Customer {i:00}").ToList();

    [Fact]
    public async Task String_operators_match_and_their_n_forms_exclude()
    {
        Assert.Equal(Customers(10, 11, 12, 13, 14, 15, 16, 17, 18, 19), await NamesAsync("""{ name: { startsWith: "Customer 1" } }"""));
        Assert.Equal(Customers(7, 17, 27), await NamesAsync("""{ name: { endsWith: "7" } }"""));
        Assert.Equal(Customers(21, 22, 23, 24, 25, 26, 27, 28, 29), await NamesAsync("""{ name: { contains: "r 2", neq: "Customer 20" } }"""));
        Assert.Equal(18, (await NamesAsync("""{ name: { ncontains: "0" } }""")).Count);
        Assert.Equal(27, (await NamesAsync("""{ name: { nendsWith: "1" } }""")).Count);
        Assert.Equal(Customers(10, 11), await NamesAsync("""{ name: { or: [{ eq: "Customer 10" }, { eq: "Customer 11" }] } }"""));
    }

    [Fact]
    public async Task Eq_null_finds_missing_values_and_neq_null_the_present_ones()
    {
        Assert.Equal(15, (await NamesAsync("{ email: { eq: null } }")).Count);
        Assert.Equal(Customers(2, 4), await NamesAsync("""{ email: { neq: null, in: ["c02@example.com", "c04@example.com", "nobody@example.com"] } }"""));
    }

    [Fact]
    public async Task Enum_in_and_nin_take_enum_values_also_from_variables()
    {
        Assert.Equal(Customers(5, 10, 15, 20, 25, 30), await NamesAsync("{ status: { eq: CLOSED } }"));
        Assert.Equal(Customers(3, 5, 6, 9, 10, 12, 15, 18, 20, 21, 24, 25, 27, 30), await NamesAsync("{ status: { in: $v } }", """{"v": ["CLOSED", "ON_HOLD"]}"""));
        Assert.Equal(16, (await NamesAsync("{ status: { nin: [CLOSED, ON_HOLD] } }")).Count);
    }

    [Fact]
    public async Task Comparable_operators_work_on_computed_decimal_fields_and_dates()
    {
        var (data, _) = await fixture.QueryAsync("""
            { loans(first: 20, where: { balance: { gt: 2900, nlte: 2900.5 }, daysLate: { lt: 100 } }) { nodes { reference balance daysLate } } }
            """);
        var loans = data.GetProperty("loans").GetProperty("nodes").EnumerateArray().ToList();
        Assert.NotEmpty(loans);
        Assert.All(loans, l => Assert.True(l.GetProperty("balance").GetDouble() > 2900 && l.GetProperty("daysLate").GetInt32() < 100));
        Assert.Equal(Customers(1, 2, 3), await NamesAsync("""{ createdAt: { lte: "2026-01-01T10:00:00Z" } }"""));
    }

    [Fact]
    public async Task Or_lists_combine_alternatives_and_and_lists_all_of_them()
    {
        Assert.Equal(Customers(1, 30), await NamesAsync("""{ or: [{ name: { eq: "Customer 01" } }, { name: { eq: "Customer 30" } }] }"""));
        Assert.Equal(Customers(30), await NamesAsync("""{ or: [{ name: { eq: "Customer 01" } }, { name: { eq: "Customer 30" } }], and: [{ status: { eq: CLOSED } }] }"""));
    }

    [Fact]
    public async Task List_quantifiers_some_all_none_and_any_filter_by_the_related_rows()
    {
        // i % 3 phones: customers with 2 phones (i % 3 == 2) have a landline.
        Assert.Equal(Customers(2, 5, 8, 11, 14, 17, 20, 23, 26, 29), await NamesAsync("{ phones: { some: { kind: { eq: LANDLINE } } } }"));
        Assert.Equal(10, (await NamesAsync("{ phones: { any: false } }")).Count);
        Assert.Equal(20, (await NamesAsync("{ phones: { none: { kind: { eq: LANDLINE } } } }")).Count);
        Assert.Equal(20, (await NamesAsync("{ phones: { all: { kind: { eq: MOBILE } } } }")).Count);
        Assert.Equal(Customers(11, 13, 14, 15, 17, 27, 30), await NamesAsync("{ loans: { some: { daysLate: { gte: 90 } } } }"));
    }

    [Fact]
    public async Task Nested_object_filters_reach_the_related_row_of_a_foreign_key()
    {
        var (data, sql) = await fixture.QueryAsync("""
            { loans(first: 20, where: { customer: { name: { eq: "Customer 03" } } }) { nodes { reference } } }
            """);

        Assert.Equal(["L-03-0", "L-03-1", "L-03-2"],
            data.GetProperty("loans").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("reference").GetString()).Order());
        Assert.Single(sql);
    }

    [Fact]
    public async Task Operands_are_sent_as_parameters_never_as_sql_text()
    {
        var (_, sql) = await fixture.QueryAsync("""{ customers(where: { name: { eq: "x'); drop table customers; --" } }) { nodes { name } } }""");

        Assert.DoesNotContain("drop table", Assert.Single(sql), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Filtering_and_paging_compose_and_the_count_counts_the_filtered_rows()
    {
        var (data, sql) = await fixture.QueryAsync("{ customers(first: 2, where: { status: { eq: CLOSED } }) { totalCount nodes { name } } }");

        Assert.Equal("""{"customers":{"totalCount":6,"nodes":[{"name":"Customer 05"},{"name":"Customer 10"}]}}""", data.GetRawText());
        Assert.Equal(2, sql.Count);
    }

    [Fact]
    public async Task A_value_that_does_not_fit_the_member_is_a_user_error()
    {
        var json = await fixture.RunAsync("""{ loans(where: { id: { eq: "not-a-node-id" } }) { nodes { reference } } }""");

        using var document = JsonDocument.Parse(json);
        Assert.Equal("BAD_USER_INPUT", document.RootElement.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }
}
