using DebtHub.Api.Tests.Mutations;
using DebtHub.Api.Tests.Support;
using DebtHub.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DebtHub.Api.Tests.Campaigns;

/// <summary>Supervisors run campaigns through GraphQL; bad settings are typed errors and save nothing.</summary>
public sealed class CampaignMutationTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private const string Create = $$"""
        mutation Create($input: CreateCampaignInput!) {
          createCampaign(input: $input) {
            campaign {
              id name status mode
              callingHours { start end days }
              callerIds { numbers localPresence }
              retry { maxAttempts delays { outcome minutes } }
              voicemail { leaveMessage template }
              priority { key descending }
              pacingLimits { targetAbandonPercent maxDialRatio }
            }
            {{MutationAssertions.Errors}}
          }
        }
        """;

    private const string Start = $$"""
        mutation Start($input: StartCampaignInput!) {
          startCampaign(input: $input) {
            campaign { status hopper { total dialableNow blocked { ruleId accounts firstDialableAt } } pacing { mode lines dialRatio abandonRate30Days reason } }
            {{MutationAssertions.Errors}}
          }
        }
        """;

    private const string Stop = $$"""
        mutation Stop($input: StopCampaignInput!) { stopCampaign(input: $input) { campaign { status } {{MutationAssertions.Errors}} } }
        """;

    private const string Template = "Hello {consumer}. This is {person} from {business}. Please call me back at {callback}.";

    private static object Input(string name, object? hours = null, string template = Template, string business = "Northwind Services") => new
    {
        input = new
        {
            name,
            settings = new
            {
                mode = "PROGRESSIVE",
                callingHours = hours ?? new { start = "09:00", end = "20:00", days = new[] { "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY" } },
                callerIds = new[] { "+12125550100", "+13125550100" },
                localPresence = true,
                retry = new[] { new { outcome = "NO_ANSWER", minutes = 120 } },
                maxAttempts = 6,
                answeringMachineDetection = true,
                voicemail = new { template, businessName = business, contactName = "Robin", callbackNumber = "+12125550100" },
                priority = new[] { new { key = "PROMISE_DUE", descending = false }, new { key = "BALANCE", descending = true } },
                targetAbandonPercent = 2.5m,
            },
        },
    };

    [Fact]
    public async Task A_supervisor_creates_starts_and_stops_a_campaign_and_its_settings_read_back()
    {
        var world = await TestPortfolio.CreateAsync(api);
        using var client = api.CreateClient();
        var token = Tokens.For(world.Sue, "supervisor");

        var created = (await client.PostGraphQLAsync(Create, Input("Weekday reminders"), token)).Succeeded("createCampaign").GetProperty("campaign");
        var id = created.GetProperty("id").GetString();
        var started = (await client.PostGraphQLAsync(Start, new { input = new { campaignId = id } }, token)).Succeeded("startCampaign").GetProperty("campaign");
        var stopped = (await client.PostGraphQLAsync(Stop, new { input = new { campaignId = id } }, token)).Succeeded("stopCampaign").GetProperty("campaign");
        var restarted = await client.PostGraphQLAsync(Start, new { input = new { campaignId = id } }, token);

        Assert.Equal("DRAFT", created.GetProperty("status").GetString());
        Assert.Equal("09:00", created.GetProperty("callingHours").GetProperty("start").GetString());
        Assert.Equal(5, created.GetProperty("callingHours").GetProperty("days").GetArrayLength());
        Assert.Contains(created.GetProperty("retry").GetProperty("delays").EnumerateArray(),
            d => d.GetProperty("outcome").GetString() == "NO_ANSWER" && d.GetProperty("minutes").GetInt32() == 120);
        Assert.True(created.GetProperty("voicemail").GetProperty("leaveMessage").GetBoolean());
        Assert.Equal("PROMISE_DUE", created.GetProperty("priority")[0].GetProperty("key").GetString());
        Assert.Equal(2.5m, created.GetProperty("pacingLimits").GetProperty("targetAbandonPercent").GetDecimal());
        Assert.Equal("ACTIVE", started.GetProperty("status").GetString());
        Assert.True(started.GetProperty("hopper").GetProperty("total").GetInt32() > 0);
        Assert.Equal("PROGRESSIVE", started.GetProperty("pacing").GetProperty("mode").GetString());
        Assert.Equal("STOPPED", stopped.GetProperty("status").GetString());
        Assert.Equal(["InvalidValueError CAMPAIGN_STOPPED"], restarted.TypedErrors("startCampaign"));
    }

    [Fact]
    public async Task Hours_wider_than_the_law_and_a_message_that_mentions_the_debt_are_typed_errors_that_save_nothing()
    {
        var world = await TestPortfolio.CreateAsync(api);
        using var client = api.CreateClient();
        var token = Tokens.For(world.Sue, "supervisor");
        var before = await CampaignCountAsync();

        var early = await client.PostGraphQLAsync(Create, Input("Early birds", hours: new { start = "07:00", end = "20:00" }), token);
        var debt = await client.PostGraphQLAsync(Create, Input("Debt talk", template: "This is {person} from {business} about your past due balance. Call {callback}."), token);
        var business = await client.PostGraphQLAsync(Create, Input("Named", business: "Acme Debt Collection"), token);
        var collector = await client.PostGraphQLAsync(Create, Input("Not allowed"), Tokens.For(world.Ann, "collector"));

        Assert.Equal(["InvalidValueError HOURS_WIDER_THAN_LAW"], early.TypedErrors("createCampaign"));
        Assert.Equal(["InvalidValueError NOT_A_LIMITED_CONTENT_MESSAGE"], debt.TypedErrors("createCampaign"));
        Assert.Equal(["InvalidValueError NOT_A_LIMITED_CONTENT_MESSAGE"], business.TypedErrors("createCampaign"));
        Assert.True(collector.TryGetProperty("errors", out _), "a collector may not create campaigns");
        Assert.Equal(before, await CampaignCountAsync());
    }

    private async Task<int> CampaignCountAsync()
    {
        using var scope = api.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<DebtHubDbContext>().Campaigns.CountAsync();
    }
}
