using System.Text.Json;
using DebtHub.Api.Tests.Mutations;
using DebtHub.Api.Tests.Support;
using DebtHub.Dialer.Campaigns;
using DebtHub.Domain.Campaigns;
using DebtHub.Infrastructure.Persistence;
using DebtHub.TwilioSandbox;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DebtHub.Api.Tests.Campaigns;

/// <summary>
/// Preview dialing through GraphQL on the API host, with calls placed on the Twilio sandbox: a collector takes the next
/// account they can work (held for them alone), and their click to call goes through the compliance gate and the ledger —
/// a refusal is a typed error naming every rule, a success is exactly one recorded call.
/// </summary>
public sealed class PreviewDialingTests(ApiFactory api) : IClassFixture<ApiFactory>, IAsyncLifetime
{
    private const string Next = $$"""
        mutation($input: NextPreviewAccountInput!) { nextPreviewAccount(input: $input) { account { id } {{MutationAssertions.Errors}} } }
        """;

    private const string Place = $$"""
        mutation($input: PlacePreviewCallInput!) {
          placePreviewCall(input: $input) {
            result
            errors {
              __typename
              ... on Error { message }
              ... on InvalidValueError { code }
              ... on ContactBlockedError { blockedBy { ruleId citation explanation allowedFrom } nextAllowedAt }
            }
          }
        }
        """;

    private WebApplication _sandbox = null!;
    private WebApplicationFactory<Program> _host = null!;

    public async Task InitializeAsync()
    {
        _sandbox = SandboxApp.Build([], builder =>
        {
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Logging.ClearProviders();
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Sandbox:AuthToken"] = "test-auth-token",
                ["Sandbox:ApiKeySid"] = ApiFactory.VoiceApiKeySid,
                ["Sandbox:ApiKeySecret"] = ApiFactory.VoiceApiKeySecret,
                ["Sandbox:TimeScale"] = "20",
            });
        });
        await _sandbox.StartAsync();
        var sandboxUrl = _sandbox.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();

        // Calls are placed at 12:00 in Portland today (the clock keeps running), whenever the test runs.
        var now = DateTimeOffset.UtcNow;
        var noonInPortland = new DateTimeOffset(now.UtcDateTime.Date.AddHours(20), TimeSpan.Zero);
        _host = api.WithWebHostBuilder(b => b
            .UseSetting("Twilio:BaseUrl", sandboxUrl + "/")
            .UseSetting("Twilio:PublicWebhookBaseUrl", "http://127.0.0.1:9/")
            .ConfigureTestServices(s => s.AddSingleton<TimeProvider>(new ShiftedClock(noonInPortland - now))));
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _sandbox.StopAsync();
        await _sandbox.DisposeAsync();
    }

    [Fact]
    public async Task Each_collector_gets_an_account_they_can_take_of_their_own_and_a_click_to_call_places_exactly_one_call()
    {
        var world = await TestPortfolio.CreateAsync(api);
        var campaignId = await PreviewCampaignAsync(world);
        await LicenceAsync(world.AnnId, ["es"]);
        await LicenceAsync(world.BobId, ["en", "es"]);
        using var client = _host.CreateClient();
        await _host.Services.LedgerReadyAsync();
        var (ann, bob, cid) = (Tokens.For(world.Ann, "collector"), Tokens.For(world.Bob, "collector"), Tokens.For(world.Cid, "collector"));
        var input = new { input = new { campaignId = campaignId.ToString() } };

        // Ann speaks only Spanish: Maria's account (the disputed one is not open for collection). Bob gets Tom's, highest
        // balance first; Cid, licensed nowhere, gets nothing.
        Assert.Equal(world.CidAccount, AccountOf(await client.PostGraphQLAsync(Next, input, ann)));
        Assert.Equal(world.BobAccount, AccountOf(await client.PostGraphQLAsync(Next, input, bob)));
        Assert.Null(AccountOf(await client.PostGraphQLAsync(Next, input, cid)));

        // Bob cannot call the account Ann holds.
        Assert.Equal(["InvalidValueError PREVIEW_NOT_HELD"], (await client.PostGraphQLAsync(Place, PlaceInput(campaignId, world.CidAccount), bob)).TypedErrors("placePreviewCall"));

        // Ann's click: through the gate and the ledger, one call.
        var placed = (await client.PostGraphQLAsync(Place, PlaceInput(campaignId, world.CidAccount), ann)).Succeeded("placePreviewCall");
        Assert.Equal("DIALED", placed.GetProperty("result").GetString());

        // Tom has no number on file: refused, and said so; nothing is placed.
        var noNumber = (await client.PostGraphQLAsync(Place, PlaceInput(campaignId, world.BobAccount), bob)).Payload("placePreviewCall");
        var refusal = Assert.Single(noNumber.GetProperty("errors").EnumerateArray());
        Assert.Equal(("ContactBlockedError", "NO-DIALABLE-NUMBER"), (refusal.GetProperty("__typename").GetString(), refusal.GetProperty("blockedBy")[0].GetProperty("ruleId").GetString()));

        using var scope = _host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<DebtHubDbContext>();
        var attempt = Assert.Single(await db.ContactAttempts.AsNoTracking().Where(a => a.CampaignId == campaignId).ToListAsync());
        Assert.Equal((world.CidAccount, (Guid?)world.AnnId, Domain.Compliance.ContactMode.Preview), (Assert.Single(attempt.AccountIds), attempt.CollectorId, attempt.Mode));
    }

    [Fact]
    public async Task The_gates_refusal_is_a_typed_error_naming_each_rule_with_its_citation_and_places_nothing()
    {
        var world = await TestPortfolio.CreateAsync(api);
        using (var scope = _host.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<DebtHubDbContext>();
            var account = await db.Accounts.SingleAsync(a => a.Id == world.CidAccount);
            account.PlaceHold(Domain.Accounts.HoldKind.Cease, "Asked us to stop calling", null, world.Sue, scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow().AddHours(-1));
            await db.SaveChangesAsync();
        }

        var campaignId = await PreviewCampaignAsync(world);
        await LicenceAsync(world.AnnId, ["es"]);
        using var client = _host.CreateClient();
        await _host.Services.LedgerReadyAsync();
        var ann = Tokens.For(world.Ann, "collector");
        Assert.Equal(world.CidAccount, AccountOf(await client.PostGraphQLAsync(Next, new { input = new { campaignId = campaignId.ToString() } }, ann)));

        var refused = (await client.PostGraphQLAsync(Place, PlaceInput(campaignId, world.CidAccount), ann)).Payload("placePreviewCall");

        Assert.Equal(JsonValueKind.Null, refused.GetProperty("result").ValueKind);
        var error = Assert.Single(refused.GetProperty("errors").EnumerateArray());
        Assert.Equal("ContactBlockedError", error.GetProperty("__typename").GetString());
        var rules = error.GetProperty("blockedBy").EnumerateArray().ToList();
        Assert.Contains(rules, r => r.GetProperty("ruleId").GetString() == "CEASE");
        Assert.All(rules, r => Assert.False(string.IsNullOrWhiteSpace(r.GetProperty("citation").GetString())));
        Assert.Contains("CEASE", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        using var check = _host.Services.CreateScope();
        Assert.False(await check.ServiceProvider.GetRequiredService<DebtHubDbContext>().ContactAttempts.AnyAsync(a => a.CampaignId == campaignId));
    }

    private static object PlaceInput(Guid campaignId, Guid accountId) => new { input = new { campaignId = campaignId.ToString(), accountId = NodeIdOf(accountId) } };

    private static string NodeIdOf(Guid accountId) => DebtHub.Api.Schema.NodeIds.Format("Account", accountId);

    private static Guid? AccountOf(JsonElement result)
    {
        var account = result.Succeeded("nextPreviewAccount").GetProperty("account");
        return account.ValueKind == JsonValueKind.Null ? null : DebtHub.Api.Schema.NodeIds.Parse(account.GetProperty("id").GetString()!, "Account");
    }

    private async Task<Guid> PreviewCampaignAsync(TestPortfolio world)
    {
        using var scope = _host.Services.CreateScope();
        var campaigns = scope.ServiceProvider.GetRequiredService<CampaignService>();
        var campaign = await campaigns.CreateAsync($"Preview {world.Suffix}", new CampaignSettings(
            DialMode.Preview, CampaignSegment.Of([world.CreditorId], null, null, null, null), CallingHours.Of(new TimeOnly(8, 0), new TimeOnly(21, 0), null),
            CallerIdPool.Of(["+15035550199"], localPresence: true), RetryRules.Default, false, VoicemailPolicy.HangUp, PriorityOrder.Default,
            PacingSettings.Default), default);
        await campaigns.StartAsync(campaign.Id, default);
        return campaign.Id;
    }

    /// <summary>The collector speaks <paramref name="languages"/> and holds an Oregon licence (the portfolio's debtors are in Oregon).</summary>
    private async Task LicenceAsync(Guid collectorId, string[] languages)
    {
        using var scope = _host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<DebtHubDbContext>();
        var collector = await db.Collectors.SingleAsync(c => c.Id == collectorId);
        collector.SetLanguages(languages);
        collector.SetStateLicences(["OR"]);
        await db.SaveChangesAsync();
    }

    /// <summary>The system clock moved by a fixed offset: time runs (the ledger's timers work), at the hour the test needs.</summary>
    private sealed class ShiftedClock(TimeSpan offset) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + offset;
    }
}
