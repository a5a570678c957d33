using DebtHub.Api.Tests.Support;
using DebtHub.Domain.Compliance;
using DebtHub.Domain.Contact;
using DebtHub.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DebtHub.Api.Tests.Mutations;

public sealed class ContactOutcomeMutationTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private const string RecordOutcome = $$"""
        mutation Outcome($input: RecordContactOutcomeInput!) {
          recordContactOutcome(input: $input) {
            attempt { disposition conversationTookPlace }
            accounts { id }
            {{MutationAssertions.Errors}}
          }
        }
        """;

    [Fact]
    public async Task A_collector_records_a_conversation_once_and_the_ledger_keeps_it()
    {
        var world = await TestPortfolio.CreateAsync(api);
        using var client = api.CreateClient();
        var attemptId = await PlacedCallAsync(world);
        var token = Tokens.For(world.Ann, "collector");
        var input = new { input = new { attemptId = attemptId.ToString(), result = "ANSWERED", disposition = "CONVERSATION_RIGHT_PARTY" } };

        var recorded = await client.PostGraphQLAsync(RecordOutcome, input, token);
        var again = await client.PostGraphQLAsync(RecordOutcome, input, token);

        var payload = recorded.Succeeded("recordContactOutcome");
        Assert.Equal("CONVERSATION_RIGHT_PARTY", payload.GetProperty("attempt").GetProperty("disposition").GetString());
        Assert.True(payload.GetProperty("attempt").GetProperty("conversationTookPlace").GetBoolean());
        Assert.Equal(1, payload.GetProperty("accounts").GetArrayLength());
        Assert.Equal(["ConflictError RESULT_RECORDED"], again.TypedErrors("recordContactOutcome"));
        using var scope = api.Services.CreateScope();
        var stored = await scope.ServiceProvider.GetRequiredService<DebtHubDbContext>().ContactAttempts.AsNoTracking().SingleAsync(a => a.Id == attemptId);
        Assert.Equal((ContactDisposition.ConversationRightParty, true), (stored.Disposition, stored.ConversationTookPlace));
    }

    [Fact]
    public async Task A_conversation_on_an_unanswered_call_a_pending_outcome_and_another_teams_attempt_change_nothing()
    {
        var world = await TestPortfolio.CreateAsync(api);
        using var client = api.CreateClient();
        var attemptId = (await PlacedCallAsync(world)).ToString();
        var before = await DatabaseSnapshot.TakeAsync(api);

        var unanswered = await client.PostGraphQLAsync(RecordOutcome,
            new { input = new { attemptId, result = "NO_ANSWER", disposition = "CONVERSATION_RIGHT_PARTY" } }, Tokens.For(world.Ann, "collector"));
        var pending = await client.PostGraphQLAsync(RecordOutcome,
            new { input = new { attemptId, result = "NO_ANSWER", disposition = "PENDING" } }, Tokens.For(world.Ann, "collector"));
        var foreign = await client.PostGraphQLAsync(RecordOutcome,
            new { input = new { attemptId, result = "NO_ANSWER", disposition = "NO_ANSWER" } }, Tokens.For(world.Cid, "collector"));
        var unknown = await client.PostGraphQLAsync(RecordOutcome,
            new { input = new { attemptId = Guid.NewGuid().ToString(), result = "NO_ANSWER", disposition = "NO_ANSWER" } }, Tokens.For(world.Sue, "supervisor"));

        Assert.Equal(["InvalidValueError disposition"], unanswered.TypedErrors("recordContactOutcome"));
        Assert.Equal(["InvalidValueError disposition"], pending.TypedErrors("recordContactOutcome"));
        Assert.Equal(["NotFoundError attemptId"], foreign.TypedErrors("recordContactOutcome"));
        Assert.Equal(["NotFoundError attemptId"], unknown.TypedErrors("recordContactOutcome"));
        Assert.Equal(before, await DatabaseSnapshot.TakeAsync(api));
        using var scope = api.Services.CreateScope();
        var stored = await scope.ServiceProvider.GetRequiredService<DebtHubDbContext>().ContactAttempts.AsNoTracking().SingleAsync(a => a.Id == Guid.Parse(attemptId));
        Assert.Null(stored.ConnectResult);
    }

    /// <summary>An outbound call on Ann's account whose result is not known yet, as the dialer records it.</summary>
    private async Task<Guid> PlacedCallAsync(TestPortfolio world)
    {
        using var scope = api.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<DebtHubDbContext>();
        var now = DateTimeOffset.UtcNow;
        var attempt = ContactAttempt.Outbound(Guid.CreateVersion7(now), world.Debtor, [world.AnnAccount], [world.AnnAccount], [world.AnnAccount],
            ContactChannel.Call, ContactMode.Preview, "+15035550101", null, now, new ComplianceSnapshot("test", []), now, collectorId: world.AnnId);
        db.ContactAttempts.Add(attempt);
        await db.SaveChangesAsync();
        return attempt.Id;
    }
}
