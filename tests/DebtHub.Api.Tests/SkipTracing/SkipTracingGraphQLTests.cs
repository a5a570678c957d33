using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using DebtHub.Api.Tests.Support;
using DebtHub.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DebtHub.Api.Tests.SkipTracing;

/// <summary>Skip tracing over GraphQL as a front end uses it: the queue, lookups, review, batch files, figures.</summary>
public sealed class SkipTracingGraphQLTests(SkipTracingApi fixture) : IClassFixture<SkipTracingApi>
{
    private const string Queue = """
        query { skipQueue(first: 100) { rank flagged unreachable priority awaitingBatch account { id } } }
        """;

    private const string Request = """
        mutation($input: RequestSkipTraceInput!) {
          requestSkipTrace(input: $input) {
            skipTrace {
              id requestedBy totalCost bestConfidence permissiblePurpose { fcra glba dppa }
              lookups { provider step outcome cost }
              candidates { id rank kind status source confidence firstSeen lastSeen phone lineType address { state zip } }
            }
            errors { __typename ... on Error { message } }
          }
        }
        """;

    private const string Apply = """
        mutation($id: ID!) {
          applySkipCandidate(input: { candidateId: $id }) {
            candidate { status reviewedBy appliedContactId }
            errors { __typename ... on ConflictError { code } }
          }
        }
        """;

    private const string Eligibility = """
        query($account: ID!, $phone: ID!, $mode: ContactMode!, $at: DateTime) {
          contactEligibility(accountId: $account, phoneId: $phone, channel: CALL, mode: $mode, at: $at) { allowed blockedBy { ruleId } }
        }
        """;

    /// <summary>Tuesday 24 November 2026, 18:00 UTC: 10:00 on the west coast, 13:00 on the east.</summary>
    private static readonly DateTimeOffset Midday = new(2026, 11, 24, 18, 0, 0, TimeSpan.Zero);

    private ApiFactory Api => fixture.Api;

    [Fact]
    public async Task A_collector_traces_an_unreachable_account_applies_the_best_number_and_may_dial_it_by_hand_only()
    {
        var world = await TestPortfolio.CreateAsync(Api);
        using var client = Api.CreateClient();
        var bob = Tokens.For(world.Bob, "collector");
        var account = NodeId("Account", world.BobAccount);

        var queue = await client.PostGraphQLAsync(Queue, token: bob);
        var item = queue.Data("skipQueue").EnumerateArray().Single(i => i.GetProperty("account").GetProperty("id").GetString() == account);
        Assert.True(item.GetProperty("unreachable").GetBoolean());

        var refused = await client.PostGraphQLAsync(Request, new { input = new { accountId = account } }, bob);
        Assert.Equal("PermissiblePurposeRequiredError", refused.Data("requestSkipTrace", "errors")[0].GetProperty("__typename").GetString());
        Assert.Equal(JsonValueKind.Null, refused.Data("requestSkipTrace", "skipTrace").ValueKind);

        var traced = await client.PostGraphQLAsync(Request, new { input = new { accountId = account, fcraPurpose = "COLLECTION_OF_ACCOUNT", glbaPurpose = "ENFORCE_TRANSACTION" } }, bob);
        var trace = traced.Data("requestSkipTrace", "skipTrace");
        Assert.Equal(world.Bob, trace.GetProperty("requestedBy").GetString());
        Assert.Equal("COLLECTION_OF_ACCOUNT", trace.GetProperty("permissiblePurpose").GetProperty("fcra").GetString());
        Assert.Equal("""[{"provider":"internal","step":1,"outcome":"NO_HIT","cost":0},{"provider":"acme","step":2,"outcome":"HIT","cost":0.50}]""",
            trace.GetProperty("lookups").GetRawText());
        var phone = trace.GetProperty("candidates").EnumerateArray().First(c => c.GetProperty("kind").GetString() == "PHONE");
        Assert.Equal("acme", phone.GetProperty("source").GetString());
        Assert.Equal("PENDING", phone.GetProperty("status").GetString());

        var applied = await client.PostGraphQLAsync(Apply, new { id = phone.GetProperty("id").GetString() }, bob);
        var candidate = applied.Data("applySkipCandidate", "candidate");
        Assert.Equal("APPLIED", candidate.GetProperty("status").GetString());
        var phoneId = candidate.GetProperty("appliedContactId").GetString();
        var again = await client.PostGraphQLAsync(Apply, new { id = phone.GetProperty("id").GetString() }, bob);
        Assert.Equal("CANDIDATE_REVIEWED", again.Data("applySkipCandidate", "errors")[0].GetProperty("code").GetString());

        var manual = await client.PostGraphQLAsync(Eligibility, new { account, phone = phoneId, mode = "MANUAL_DIAL", at = Midday }, bob);
        var predictive = await client.PostGraphQLAsync(Eligibility, new { account, phone = phoneId, mode = "PREDICTIVE", at = Midday }, bob);
        Assert.True(manual.Data("contactEligibility", "allowed").GetBoolean(), manual.ToString());
        Assert.Equal("TCPA-WIRELESS-CONSENT", predictive.Data("contactEligibility", "blockedBy")[0].GetProperty("ruleId").GetString());
        var after = await client.PostGraphQLAsync(Queue, token: bob);
        Assert.DoesNotContain(after.Data("skipQueue").EnumerateArray(), i => i.GetProperty("account").GetProperty("id").GetString() == account);

        var figures = await client.PostGraphQLAsync("query { skipTraceFigures { provider lookups hits hitRate appliedResults } skipTraceBudgets { provider spent budget remaining } }", token: Tokens.For(world.Sue, "supervisor"));
        var acme = figures.Data("skipTraceFigures").EnumerateArray().Single(f => f.GetProperty("provider").GetString() == "acme");
        Assert.True(acme.GetProperty("hits").GetInt32() >= 1);
        Assert.True(acme.GetProperty("appliedResults").GetInt32() >= 1);
        Assert.True(figures.Data("skipTraceBudgets")[0].GetProperty("spent").GetDecimal() >= 0.5m);
        await using var scope = Api.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DebtHubDbContext>();
        Assert.True(await db.AuditEntries.AnyAsync(e => e.Action == "skip-trace.requested" && e.EntityId == world.BobAccount && e.Actor == world.Bob));
    }

    [Fact]
    public async Task A_collector_cannot_trace_an_account_of_another_team_and_a_flag_puts_an_account_in_the_queue()
    {
        var world = await TestPortfolio.CreateAsync(Api);
        using var client = Api.CreateClient();
        var cid = Tokens.For(world.Cid, "collector");

        var other = await client.PostGraphQLAsync(Request, new { input = new { accountId = NodeId("Account", world.BobAccount), fcraPurpose = "COLLECTION_OF_ACCOUNT" } }, cid);
        var flagged = await client.PostGraphQLAsync("""
            mutation($id: ID!) { flagForSkipTrace(input: { accountId: $id, reason: "Number reaches a relative" }) { account { id } errors { __typename } } }
            """, new { id = NodeId("Account", world.CidAccount) }, cid);
        var queue = await client.PostGraphQLAsync(Queue, token: cid);

        Assert.Equal("NotFoundError", other.Data("requestSkipTrace", "errors")[0].GetProperty("__typename").GetString());
        Assert.Equal(JsonValueKind.Null, flagged.Data("flagForSkipTrace", "errors").ValueKind);
        var first = queue.Data("skipQueue")[0];
        Assert.Equal(NodeId("Account", world.CidAccount), first.GetProperty("account").GetProperty("id").GetString());
        Assert.True(first.GetProperty("flagged").GetBoolean());
    }

    [Fact]
    public async Task A_supervisor_exports_a_batch_the_vendor_answers_and_a_bad_result_file_is_refused_row_by_row()
    {
        var world = await TestPortfolio.CreateAsync(Api);
        using var client = Api.CreateClient();
        var sue = Tokens.For(world.Sue, "supervisor");
        const string Export = """
            mutation($input: ExportSkipTraceBatchInput!) {
              exportSkipTraceBatch(input: $input) { batch { id provider status rowCount } file errors { __typename ... on Error { message } } }
            }
            """;
        const string Import = """
            mutation($batch: ID!, $file: String!) {
              importSkipTraceBatch(input: { batchId: $batch, file: $file }) {
                import { rows findings tracesCompleted }
                errors { __typename ... on BatchFileRejectedError { rowErrors { line column message } } }
              }
            }
            """;

        var byCollector = await client.PostGraphQLAsync(Export, new { input = new { provider = "acme", accountIds = new[] { NodeId("Account", world.UnassignedAccount) }, fcraPurpose = "COLLECTION_OF_ACCOUNT" } }, Tokens.For(world.Bob, "collector"));
        var exported = await client.PostGraphQLAsync(Export, new { input = new { provider = "acme", accountIds = new[] { NodeId("Account", world.UnassignedAccount) }, dppaPurpose = "DEBT_RECOVERY" } }, sue);
        var batch = exported.Data("exportSkipTraceBatch", "batch");
        var file = exported.Data("exportSkipTraceBatch", "file").GetString()!;
        var reference = file.Split("\r\n")[1].Split(',')[0];
        var bad = await client.PostGraphQLAsync(Import, new { batch = batch.GetProperty("id").GetString(), file = DebtHub.SkipTraceSandbox.BatchFiles.ResultHeader + $"\n{reference},PHONE,90,,,not-a-phone,mobile,,,,,,,,\n" }, sue);
        var result = await VendorAnswerAsync(file);
        var imported = await client.PostGraphQLAsync(Import, new { batch = batch.GetProperty("id").GetString(), file = result }, sue);

        Assert.NotEqual(JsonValueKind.Undefined, byCollector.TryGetProperty("errors", out var denied) ? denied.ValueKind : JsonValueKind.Undefined);
        Assert.Equal(("acme", "EXPORTED", 1), (batch.GetProperty("provider").GetString(), batch.GetProperty("status").GetString(), batch.GetProperty("rowCount").GetInt32()));
        var rejection = bad.Data("importSkipTraceBatch", "errors")[0];
        Assert.Equal("BatchFileRejectedError", rejection.GetProperty("__typename").GetString());
        Assert.Equal("""[{"line":2,"column":"phone","message":"\"not-a-phone\" is not a phone number: unexpected character 'n'."}]""", rejection.GetProperty("rowErrors").GetRawText());
        Assert.Equal(1, imported.Data("importSkipTraceBatch", "import", "tracesCompleted").GetInt32());
        Assert.True(imported.Data("importSkipTraceBatch", "import", "findings").GetInt32() > 0);
    }

    private async Task<string> VendorAnswerAsync(string file)
    {
        using var http = new HttpClient { BaseAddress = fixture.SandboxUrl };
        using var request = new HttpRequestMessage(HttpMethod.Post, "v1/batches") { Content = new StringContent(file, Encoding.UTF8, "text/csv") };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", SkipTracingApi.SandboxKey);
        using var response = await http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync();
    }

    private static string NodeId(string type, Guid id) => DebtHub.Api.Schema.NodeIds.Format(type, id);
}
