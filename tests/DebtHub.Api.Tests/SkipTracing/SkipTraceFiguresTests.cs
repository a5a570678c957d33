using DebtHub.Api.Tests.Support;
using DebtHub.Domain.Compliance;
using DebtHub.Domain.Compliance.Facts;
using DebtHub.Domain.Contact;
using DebtHub.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DebtHub.Api.Tests.SkipTracing;

/// <summary>Hit rate and yield per provider, on a database of their own (the figures add up every lookup in it).</summary>
public sealed class SkipTraceFiguresTests(SkipTracingApi fixture) : IClassFixture<SkipTracingApi>
{
    private const string Figures = """
        query { skipTraceFigures { provider lookups hits hitRate cost appliedResults rightPartyContacts numbersReachingRightParty yield } }
        """;

    [Fact]
    public async Task A_conversation_with_the_debtor_on_an_applied_number_counts_as_yield_of_the_provider_that_found_it()
    {
        var api = fixture.Api;
        var world = await TestPortfolio.CreateAsync(api);
        using var client = api.CreateClient();
        var bob = Tokens.For(world.Bob, "collector");
        var traced = await client.PostGraphQLAsync("""
            mutation($id: ID!) {
              requestSkipTrace(input: { accountId: $id, fcraPurpose: COLLECTION_OF_ACCOUNT }) { skipTrace { candidates { id kind phone } } }
            }
            """, new { id = world.BobAccount }, bob);
        var phone = traced.Data("requestSkipTrace", "skipTrace", "candidates").EnumerateArray().First(c => c.GetProperty("kind").GetString() == "PHONE");
        await client.PostGraphQLAsync("mutation($id: ID!) { applySkipCandidate(input: { candidateId: $id }) { candidate { status } } }",
            new { id = phone.GetProperty("id").GetString() }, bob);
        await ConversationAsync(world, phone.GetProperty("phone").GetString()!);

        var figures = await client.PostGraphQLAsync(Figures, token: Tokens.For(world.Sue, "supervisor"));
        var denied = await client.PostGraphQLAsync(Figures, token: bob);

        var rows = figures.Data("skipTraceFigures").EnumerateArray().ToDictionary(r => r.GetProperty("provider").GetString()!);
        Assert.Equal("""{"provider":"acme","lookups":1,"hits":1,"hitRate":1,"cost":0.5000,"appliedResults":1,"rightPartyContacts":1,"numbersReachingRightParty":1,"yield":1}""",
            rows["acme"].GetRawText());
        Assert.Equal((1, 0, 0d), (rows["internal"].GetProperty("lookups").GetInt32(), rows["internal"].GetProperty("hits").GetInt32(), rows["internal"].GetProperty("yield").GetDouble()));
        Assert.NotNull(denied.Code());
    }

    /// <summary>The collector reached the debtor on the number a minute after applying it.</summary>
    private async Task ConversationAsync(TestPortfolio world, string number)
    {
        await using var scope = fixture.Api.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DebtHubDbContext>();
        var at = DateTimeOffset.UtcNow.AddMinutes(1);
        db.Add(ContactAttempt.Outbound(Guid.NewGuid(), world.OtherDebtor, [world.BobAccount], [world.BobAccount], [world.BobAccount],
            ContactChannel.Call, ContactMode.ManualDial, number, PhoneUse.Mobile, at, new ComplianceSnapshot("2026.11", []), at,
            AttemptOutcome.Answered, ContactDisposition.ConversationRightParty));
        await db.SaveChangesAsync();
    }
}
