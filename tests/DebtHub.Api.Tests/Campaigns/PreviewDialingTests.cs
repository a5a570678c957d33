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
    public async Task Each_collector_gets_an_account_of_their_own_and_a_click_to_call_goes_through_the_gate_once()
    {
        var world = await TestPortfolio.CreateAsync(api);
        var campaignId = await PreviewCampaignAsync(world);
        await LicenceAsync(world.AnnId, world.BobId);
        using var client = _host.CreateClient();
        var ann = Tokens.For(world.Ann, "collector");
        var bob = Tokens.For(world.Bob, "collector");
        var cid = Tokens.For(world.Cid, "collector");
        var input = new { input = new { campaignId = campaignId.ToString() } };

        // Highest balance first: Ann gets Maria's disputed account, Bob the next one; Cid, licensed nowhere, gets nothing.
        var annFirst = AccountOf(await client.PostGraphQLAsync(Next, input, ann));
        var bobFirst = AccountOf(await client.PostGraphQLAsync(Next, input, bob));
        Assert.Equal((world.AnnAccount, world.BobAccount), (annFirst, bobFirst));
        Assert.Null(AccountOf(await client.PostGraphQLAsync(Next, input, cid)));

        // The gate refuses the disputed account: a typed error naming the rule and its citation, and no call.
        var refused = (await client.PostGraphQLAsync(Place, PlaceInput(campaignId, world.AnnAccount), ann)).Payload("placePreviewCall");
        var blocked = Assert.Single(refused.GetProperty("errors").EnumerateArray());
        Assert.Equal("ContactBlockedError", blocked.GetProperty("__typename").GetString());
        var rules = blocked.GetProperty("blockedBy").EnumerateArray().ToList();
        Assert.NotEmpty(rules);
        Assert.All(rules, r => Assert.False(string.IsNullOrWhiteSpace(r.GetProperty("citation").GetString())));
        Assert.Contains("Dispute", string.Join(" ", rules.Select(r => r.GetProperty("explanation").GetString())), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(JsonValueKind.Null, refused.GetProperty("result").ValueKind);

        // Tom has no number on file: refused too, and said so.
        var noNumber = (await client.PostGraphQLAsync(Place, PlaceInput(campaignId, world.BobAccount), bob)).Payload("placePreviewCall");
        Assert.Equal("NO-DIALABLE-NUMBER", noNumber.GetProperty("errors")[0].GetProperty("blockedBy")[0].GetProperty("ruleId").GetString());

        // Ann's next account is Cid's (Maria, Spanish, Oregon): placed once, through the gate and the ledger.
        Assert.Equal(world.CidAccount, AccountOf(await client.PostGraphQLAsync(Next, input, ann)));
        var placed = (await client.PostGraphQLAsync(Place, PlaceInput(campaignId, world.CidAccount), ann)).Succeeded("placePreviewCall");
        Assert.Equal("DIALED", placed.GetProperty("result").GetString());

        // Bob cannot call the account Ann holds, nor take it as his next one.
        Assert.Equal(["InvalidValueError PREVIEW_NOT_HELD"], (await client.PostGraphQLAsync(Place, PlaceInput(campaignId, world.CidAccount), bob)).TypedErrors("placePreviewCall"));
        Assert.NotEqual(world.CidAccount, AccountOf(await client.PostGraphQLAsync(Next, input, bob)));

        using var scope = _host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<DebtHubDbContext>();
        var attempts = await db.ContactAttempts.AsNoTracking().Where(a => a.CampaignId == campaignId).ToListAsync();
        var attempt = Assert.Single(attempts);
        Assert.Equal((world.CidAccount, (Guid?)world.AnnId, Domain.Compliance.ContactMode.Preview), (Assert.Single(attempt.AccountIds), attempt.CollectorId, attempt.Mode));
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

    /// <summary>Ann and Bob speak Spanish and English and hold an Oregon licence; Cid holds none.</summary>
    private async Task LicenceAsync(params Guid[] collectors)
    {
        using var scope = _host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<DebtHubDbContext>();
        foreach (var collector in await db.Collectors.Where(c => collectors.Contains(c.Id)).ToListAsync())
        {
            collector.SetLanguages(["en", "es"]);
            collector.SetStateLicences(["OR"]);
        }

        await db.SaveChangesAsync();
    }

    /// <summary>The system clock moved by a fixed offset: time runs (the ledger's timers work), at the hour the test needs.</summary>
    private sealed class ShiftedClock(TimeSpan offset) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + offset;
    }
}
