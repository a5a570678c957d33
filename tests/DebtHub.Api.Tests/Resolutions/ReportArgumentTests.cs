using System.Text.Json;
using DebtHub.Api.Tests.Support;

namespace DebtHub.Api.Tests.Resolutions;

/// <summary>Bad report arguments are typed GraphQL errors; the class has a database of its own (ReportTests' fixture stays alone).</summary>
public sealed class ReportArgumentTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task A_period_that_runs_backwards_or_longer_than_a_year_is_a_typed_error_not_a_500()
    {
        var world = await TestPortfolio.CreateAsync(api);
        using var client = api.CreateClient();
        var sue = Tokens.For(world.Sue, "supervisor");

        var backwards = await client.PostGraphQLAsync("""{ collectionReport(from: "2026-11-30", to: "2026-11-01") { from } }""", token: sue);
        var tooLong = await client.PostGraphQLAsync("""{ collectionReportCsv(section: RATES, from: "2025-01-01", to: "2026-11-30") }""", token: sue);
        var notADate = await client.PostGraphQLAsync("""{ collectionReport(from: "2026-11-31", to: "2026-12-01") { from } }""", token: sue);

        Assert.Equal("BAD_USER_INPUT", backwards.Code());
        Assert.Equal("BAD_USER_INPUT", tooLong.Code());
        Assert.True(notADate.TryGetProperty("errors", out _));
        Assert.Equal(JsonValueKind.Null, backwards.GetProperty("data").ValueKind);
    }
}
