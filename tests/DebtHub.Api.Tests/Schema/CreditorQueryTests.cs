using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DebtHub.Domain.Creditors;
using DebtHub.Infrastructure.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace DebtHub.Api.Tests.Schema;

public sealed class CreditorQueryTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Creditors_are_served_over_GraphQL_from_PostgreSQL_in_name_order()
    {
        using var client = api.CreateClient();
        using (var scope = api.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<DebtHubDbContext>();
            var now = new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);
            db.Creditors.AddRange(
                Creditor.Create("Zenith Medical", CreditorRegime.FirstParty, new CreditorRules(50m, 25m, 12), now),
                Creditor.Create("Acme Card Services", CreditorRegime.ThirdParty, CreditorRules.Default, now));
            await db.SaveChangesAsync();
        }

        var response = await client.PostAsJsonAsync("/graphql", new { query = "{ creditors { name regime maximumPlanTermMonths } }" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        using var json = JsonDocument.Parse(body);
        var creditors = json.RootElement.GetProperty("data").GetProperty("creditors");
        Assert.Equal(
            """[{"name":"Acme Card Services","regime":"THIRD_PARTY","maximumPlanTermMonths":24},{"name":"Zenith Medical","regime":"FIRST_PARTY","maximumPlanTermMonths":12}]""",
            creditors.GetRawText());
    }

    [Fact]
    public async Task A_query_for_an_unknown_field_gets_a_graphql_error_not_a_500()
    {
        using var client = api.CreateClient();

        var response = await client.PostAsJsonAsync("/graphql", new { query = "{ creditors { nmae } }" });

        Assert.NotEqual(HttpStatusCode.InternalServerError, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("Cannot query field \\\"nmae\\\" on type \\\"Creditor\\\". Did you mean \\\"name\\\"?", body, StringComparison.Ordinal);
    }
}
