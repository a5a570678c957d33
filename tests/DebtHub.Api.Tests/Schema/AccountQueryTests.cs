using System.Text.Json;
using DebtHub.Api.Tests.Support;
using DebtHub.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DebtHub.Api.Tests.Schema;

public sealed class AccountQueryTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private const string Screen = """
        query($id: ID!) {
          account(id: $id) {
            id creditorAccountNumber status type currency governingState balance daysDelinquent placedAt
            balances { principal interest fees total }
            ledgerSummary { balance placed accrued paid adjusted lastPaymentOn transactionCount }
            transactions(last: 5) { kind amount effectiveOn }
            holds { kind reason isActive }
            onHold
            notes { body author }
            creditor { name }
            portfolio { name placedOn }
            assignedCollector { userName displayName team { name } }
            debtor {
              displayName dateOfBirth ssn ssnLastFour preferredLanguage
              phones { number lineType status isDialable consents { scope isActive } }
              addresses { line1 city state zip }
              emails { address }
            }
          }
        }
        """;

    [Fact]
    public async Task A_collector_sees_the_full_picture_of_an_account_assigned_to_them()
    {
        var world = await TestPortfolio.CreateAsync(api);
        using var client = api.CreateClient();

        var result = await client.PostGraphQLAsync(Screen, new { id = world.AnnAccount }, Tokens.For(world.Ann, "collector"));

        Assert.False(result.TryGetProperty("errors", out var errors), errors.ToString());
        var account = result.Data("account");
        Assert.Equal($"A-{world.Suffix}", account.GetProperty("creditorAccountNumber").GetString());
        Assert.Equal("DISPUTED", account.GetProperty("status").GetString());
        Assert.Equal("CREDIT_CARD", account.GetProperty("type").GetString());
        // Placed 1000 + 25 interest + 10 fees, then paid 100 (fees first, then interest, then principal).
        Assert.Equal(935m, account.GetProperty("balance").GetDecimal());
        Assert.Equal("""{"principal":935.0000,"interest":0.0000,"fees":0.0000,"total":935.0000}""", account.GetProperty("balances").GetRawText());
        var summary = account.GetProperty("ledgerSummary");
        Assert.Equal(1035m, summary.GetProperty("placed").GetDecimal());
        Assert.Equal(100m, summary.GetProperty("paid").GetDecimal());
        Assert.Equal("2026-11-20", summary.GetProperty("lastPaymentOn").GetString());
        Assert.Equal(2, summary.GetProperty("transactionCount").GetInt32());
        Assert.Equal(["PAYMENT", "CHARGE"], account.GetProperty("transactions").EnumerateArray().Select(t => t.GetProperty("kind").GetString()));
        Assert.Equal("""[{"kind":"DISPUTE","reason":"Consumer disputes the amount","isActive":true}]""", account.GetProperty("holds").GetRawText());
        Assert.True(account.GetProperty("onHold").GetBoolean());
        Assert.Equal("Promised to call back Friday", account.GetProperty("notes")[0].GetProperty("body").GetString());
        Assert.Equal("Spring placement", account.GetProperty("portfolio").GetProperty("name").GetString());
        Assert.Equal($"North {world.Suffix}", account.GetProperty("assignedCollector").GetProperty("team").GetProperty("name").GetString());

        var debtor = account.GetProperty("debtor");
        Assert.Equal("Maria Lopez", debtor.GetProperty("displayName").GetString());
        Assert.Equal("1980-05-17", debtor.GetProperty("dateOfBirth").GetString());
        var phones = debtor.GetProperty("phones").EnumerateArray().OrderBy(p => p.GetProperty("number").GetString()).ToArray();
        Assert.Equal("""{"number":"+15035550101","lineType":"MOBILE","status":"VALID","isDialable":true,"consents":[{"scope":"AUTODIALED_CALLS","isActive":true}]}""",
            phones[0].GetRawText());
        Assert.Equal("LANDLINE", phones[1].GetProperty("lineType").GetString());
        Assert.Equal("""[{"line1":"12 Oak St","city":"Portland","state":"OR","zip":"97201"}]""", debtor.GetProperty("addresses").GetRawText());
    }

    [Fact]
    public async Task A_collector_sees_a_teammates_account_but_not_another_teams_or_an_unassigned_one()
    {
        var world = await TestPortfolio.CreateAsync(api);
        using var client = api.CreateClient();
        var ann = Tokens.For(world.Ann, "collector");
        const string query = "query($id: ID!) { account(id: $id) { creditorAccountNumber } }";

        var teammates = await client.PostGraphQLAsync(query, new { id = world.BobAccount }, ann);
        var otherTeams = await client.PostGraphQLAsync(query, new { id = world.CidAccount }, ann);
        var unassigned = await client.PostGraphQLAsync(query, new { id = world.UnassignedAccount }, ann);

        Assert.Equal($"B-{world.Suffix}", teammates.Data("account", "creditorAccountNumber").GetString());
        Assert.Equal(JsonValueKind.Null, otherTeams.Data("account").ValueKind);
        Assert.Equal(JsonValueKind.Null, unassigned.Data("account").ValueKind);
    }

    [Fact]
    public async Task A_debtors_account_list_holds_only_the_accounts_the_collector_may_see()
    {
        var world = await TestPortfolio.CreateAsync(api);
        using var client = api.CreateClient();
        const string query = "query($id: ID!) { debtor(id: $id) { accounts { creditorAccountNumber } } }";

        var asAnn = await client.PostGraphQLAsync(query, new { id = world.Debtor }, Tokens.For(world.Ann, "collector"));
        var asSue = await client.PostGraphQLAsync(query, new { id = world.Debtor }, Tokens.For(world.Sue, "supervisor"));

        Assert.False(asAnn.TryGetProperty("errors", out var errors), errors.ToString());
        Assert.Equal($$"""[{"creditorAccountNumber":"A-{{world.Suffix}}"}]""", asAnn.Data("debtor", "accounts").GetRawText());
        Assert.Equal(2, asSue.Data("debtor", "accounts").GetArrayLength());
    }

    [Fact]
    public async Task A_collector_cannot_read_a_debtor_none_of_whose_accounts_they_may_see()
    {
        var world = await TestPortfolio.CreateAsync(api);
        using var client = api.CreateClient();

        var result = await client.PostGraphQLAsync("query($id: ID!) { debtor(id: $id) { displayName } }",
            new { id = world.OtherDebtor }, Tokens.For(world.Cid, "collector"));

        Assert.Equal(JsonValueKind.Null, result.Data("debtor").ValueKind);
    }

    [Fact]
    public async Task The_SSN_is_masked_for_collectors_and_integrations_and_whole_for_supervisors_and_admins()
    {
        var world = await TestPortfolio.CreateAsync(api);
        using var client = api.CreateClient();
        const string query = "query($id: ID!) { account(id: $id) { debtor { ssn ssnLastFour } } }";

        string? Ssn(JsonElement result) => result.Data("account", "debtor", "ssn").GetString();
        var collector = await client.PostGraphQLAsync(query, new { id = world.AnnAccount }, Tokens.For(world.Ann, "collector"));
        var integration = await client.PostGraphQLAsync(query, new { id = world.AnnAccount }, Tokens.For("acme-sync", "integration"));
        var supervisor = await client.PostGraphQLAsync(query, new { id = world.AnnAccount }, Tokens.For(world.Sue, "supervisor"));
        var admin = await client.PostGraphQLAsync(query, new { id = world.AnnAccount }, Tokens.For("root", "admin"));

        Assert.Equal("***-**-6789", Ssn(collector));
        Assert.Equal("***-**-6789", Ssn(integration));
        Assert.Equal("123-45-6789", Ssn(supervisor));
        Assert.Equal("123-45-6789", Ssn(admin));
        Assert.Equal("6789", collector.Data("account", "debtor", "ssnLastFour").GetString());
    }

    [Fact]
    public async Task Each_read_of_a_debtor_and_each_SSN_reveal_is_in_the_audit_log_with_ids_only()
    {
        var world = await TestPortfolio.CreateAsync(api);
        using var client = api.CreateClient();

        await client.PostGraphQLAsync("query($id: ID!) { account(id: $id) { debtor { displayName } } }", new { id = world.AnnAccount }, Tokens.For(world.Ann, "collector"));
        await client.PostGraphQLAsync("query($id: ID!) { debtor(id: $id) { ssn } }", new { id = world.Debtor }, Tokens.For(world.Sue, "supervisor"));

        var entries = await WaitForAuditAsync(world.Debtor, expected: 3);
        Assert.Equal(
            [($"{world.Ann}", "collector", "read-debtor"), ($"{world.Sue}", "supervisor", "read-debtor"), ($"{world.Sue}", "supervisor", "reveal-ssn")],
            entries.Select(e => (e.Actor, e.ActorRole, e.Action)).Order().ToArray());
        Assert.All(entries, e => Assert.Null(e.Details));
    }

    [Fact]
    public async Task An_id_that_is_not_an_account_id_is_a_field_error_not_a_500()
    {
        var world = await TestPortfolio.CreateAsync(api);
        using var client = api.CreateClient();

        var result = await client.PostGraphQLAsync("{ account(id: \"not-an-id\") { id } }", token: Tokens.For(world.Sue, "supervisor"));

        Assert.Equal("BAD_USER_INPUT", result.Code());
        Assert.Equal(JsonValueKind.Null, result.Data("account").ValueKind);
    }

    [Fact]
    public async Task Ids_are_opaque_and_an_account_can_be_fetched_again_by_its_id()
    {
        var world = await TestPortfolio.CreateAsync(api);
        using var client = api.CreateClient();
        var sue = Tokens.For(world.Sue, "supervisor");

        var first = await client.PostGraphQLAsync("query($id: ID!) { account(id: $id) { id } }", new { id = world.AnnAccount }, sue);
        var opaque = first.Data("account", "id").GetString();
        var again = await client.PostGraphQLAsync("query($id: ID!) { account(id: $id) { creditorAccountNumber } }", new { id = opaque }, sue);

        Assert.DoesNotContain(world.AnnAccount.ToString(), opaque, StringComparison.OrdinalIgnoreCase);
        Assert.Equal($"A-{world.Suffix}", again.Data("account", "creditorAccountNumber").GetString());
    }

    private async Task<List<Domain.Audit.AuditEntry>> WaitForAuditAsync(Guid debtorId, int expected)
    {
        // The audit log is written in the background, in batches; give it a moment.
        for (var attempt = 0; ; attempt++)
        {
            using var scope = api.Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<DebtHubDbContext>();
            var entries = await db.AuditEntries.AsNoTracking().Where(e => e.EntityId == debtorId).ToListAsync();
            if (entries.Count >= expected || attempt == 50)
            {
                return entries;
            }

            await Task.Delay(100);
        }
    }
}
