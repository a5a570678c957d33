using System.Text.Json;
using DebtHub.Api.Tests.Mutations;
using DebtHub.Api.Tests.Support;
using DebtHub.Domain.Accounts;
using DebtHub.Domain.Campaigns;
using DebtHub.Domain.Collectors;
using DebtHub.Domain.Compliance;
using DebtHub.Domain.Contact;
using DebtHub.Domain.Debtors;
using DebtHub.Domain.Resolutions.Disputes;
using DebtHub.Infrastructure.Contact;
using DebtHub.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DebtHub.Api.Tests.Dialer;

/// <summary>
/// A collector's day with the dialer through the API: presence, a routed call popping the account on their screen,
/// the disposition and what it changes, and the supervisor's live figures. Webhooks are posted as Twilio posts them.
/// </summary>
public sealed class DialerApiTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private const string SetPresence = $$"""
        mutation($input: SetPresenceInput!) { setPresence(input: $input) { presence { state callSid } {{MutationAssertions.Errors}} } }
        """;

    private const string Disposition = $$"""
        mutation($input: RecordCallDispositionInput!) {
          recordCallDisposition(input: $input) {
            attempt { disposition conversationTookPlace }
            presence { state }
            promise { totalAmount status }
            dispute { channel status }
            callback { dueAt status nextTryAt blockedBy }
            account { holds(activeOnly: true) { kind } }
            {{MutationAssertions.Errors}}
          }
        }
        """;

    private const string MyEvents = "subscription { myEvents { kind callSid account { creditorAccountNumber balance } } }";

    [Fact]
    public async Task A_collector_goes_available_and_offline_but_cannot_leave_a_call_or_set_someone_else()
    {
        var world = await TestPortfolio.CreateAsync(api);
        using var client = api.CreateClient();
        var ann = Tokens.For(world.Ann, "collector");

        var available = await client.PostGraphQLAsync(SetPresence, new { input = new { state = "AVAILABLE" } }, ann);
        var onCall = await client.PostGraphQLAsync(SetPresence, new { input = new { state = "ON_CALL" } }, ann);
        var others = await client.PostGraphQLAsync(SetPresence, new { input = new { state = "OFFLINE", collectorId = world.BobId.ToString() } }, ann);
        var bySupervisor = await client.PostGraphQLAsync(SetPresence, new { input = new { state = "OFFLINE", collectorId = world.AnnId.ToString() } }, Tokens.For(world.Sue, "supervisor"));
        var mine = await client.PostGraphQLAsync("{ myPresence { state collectorId } }", null, ann);

        Assert.Equal("AVAILABLE", available.Succeeded("setPresence").GetProperty("presence").GetProperty("state").GetString());
        Assert.Equal(["InvalidValueError INVALID_PRESENCE"], onCall.TypedErrors("setPresence"));
        Assert.Equal(["NotFoundError collectorId"], others.TypedErrors("setPresence"));
        Assert.Equal("OFFLINE", bySupervisor.Succeeded("setPresence").GetProperty("presence").GetProperty("state").GetString());
        Assert.Equal("OFFLINE", mine.Data("myPresence").GetProperty("state").GetString());
        using var scope = api.Services.CreateScope();
        var periods = await scope.ServiceProvider.GetRequiredService<DebtHubDbContext>().PresencePeriods.AsNoTracking()
            .Where(p => p.CollectorId == world.AnnId).OrderBy(p => p.StartedAt).ToListAsync();
        Assert.Equal([PresenceState.Available, PresenceState.Offline], periods.Select(p => p.State));
        Assert.Equal([true, false], periods.Select(p => p.EndedAt is not null));
    }

    [Fact]
    public async Task A_routed_call_pops_the_account_on_the_collectors_screen_and_the_promise_they_record_ends_the_wrap_up()
    {
        var world = await TestPortfolio.CreateAsync(api);
        var desk = new DialerDesk(api);
        await desk.ReadyAsync(world.AnnId, ["en", "es"], ["OR"]);
        var attempt = await desk.AttemptAsync(world, world.CidAccount);
        using var client = api.CreateClient();
        var ann = Tokens.For(world.Ann, "collector");
        await using var socket = await GraphQLWsClient.ConnectAsync(api.Server, ann);
        Assert.Equal("connection_ack", (await socket.ReceiveAsync())?.GetProperty("type").GetString());
        await socket.SubscribeAsync("pop", MyEvents);

        // Cid's account is not Ann's team's: she sees it because the dialer routed its call to her.
        var twiml = await AnswerUntilPoppedAsync(socket, desk, attempt);
        var pop = twiml.Pop.GetProperty("payload").GetProperty("data").GetProperty("myEvents");
        Assert.Contains($"<Client>collector_{world.AnnId:N}</Client>", twiml.Twiml, StringComparison.Ordinal);
        Assert.Equal(("CALL_ROUTED", DialerDesk.Sid(attempt)), (pop.GetProperty("kind").GetString(), pop.GetProperty("callSid").GetString()));
        Assert.Equal($"C-{world.Suffix}", pop.GetProperty("account").GetProperty("creditorAccountNumber").GetString());

        await desk.CompletedAsync(attempt);
        var wrapping = await client.PostGraphQLAsync("{ myPresence { state callSid } }", null, ann);
        Assert.Equal("WRAP_UP", wrapping.Data("myPresence").GetProperty("state").GetString());

        var dueOn = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(10).ToString("yyyy-MM-dd");
        var recorded = await client.PostGraphQLAsync(Disposition, new
        {
            input = new { callSid = DialerDesk.Sid(attempt), disposition = "PROMISE_TO_PAY", promise = new { amount = "150.00", dueOn } },
        }, ann);

        var payload = recorded.Succeeded("recordCallDisposition");
        Assert.Equal("CONVERSATION_RIGHT_PARTY", payload.GetProperty("attempt").GetProperty("disposition").GetString());
        Assert.True(payload.GetProperty("attempt").GetProperty("conversationTookPlace").GetBoolean());
        Assert.Equal("AVAILABLE", payload.GetProperty("presence").GetProperty("state").GetString());
        Assert.Equal(150m, payload.GetProperty("promise").GetProperty("totalAmount").GetDecimal());
        var after = await client.PostGraphQLAsync("query($id: ID!) { account(id: $id) { id } }", new { id = world.CidAccount.ToString() }, ann);
        Assert.Equal(JsonValueKind.Null, after.Data("account").ValueKind);

        // The conversation starts the 7-day bar: the next call about the account is refused by the gate.
        using var scope = api.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<DebtHubDbContext>();
        var mobile = await db.DebtorPhones.SingleAsync(p => p.DebtorId == world.Debtor && p.Number == "+15035550101");
        var eligibility = await scope.ServiceProvider.GetRequiredService<ContactGateway>()
            .EvaluateAsync(ContactIntent.Call(world.CidAccount, mobile.Id, ContactMode.ManualDial), null, default);
        Assert.Contains(eligibility.BlockedBy, b => b.RuleId == "FREQ-CONV-BAR");
    }

    [Fact]
    public async Task Each_disposition_changes_what_it_should_and_nothing_else()
    {
        var world = await TestPortfolio.CreateAsync(api);
        var desk = new DialerDesk(api);
        await desk.ReadyAsync(world.AnnId, ["es"], ["OR"]);
        using var client = api.CreateClient();
        var ann = Tokens.For(world.Ann, "collector");

        async Task<JsonElement> DisposeAsync(object input)
        {
            var attempt = await desk.AttemptAsync(world, world.CidAccount);
            Assert.Contains("<Client>", await desk.AnswerAsync(attempt), StringComparison.Ordinal);
            await desk.CompletedAsync(attempt);
            var fields = JsonSerializer.SerializeToElement(input);
            var merged = fields.EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value);
            merged["callSid"] = DialerDesk.Sid(attempt);
            return (await client.PostGraphQLAsync(Disposition, new { input = merged }, ann)).Succeeded("recordCallDisposition");
        }

        var wrong = await DisposeAsync(new { disposition = "WRONG_NUMBER" });
        var dispute = await DisposeAsync(new { disposition = "DISPUTE", disputeReason = "WRONG_AMOUNT", disputeSummary = "Says the fees are not hers" });
        var callbackAt = DateTimeOffset.UtcNow.AddDays(1).ToString("O");
        var callback = await DisposeAsync(new { disposition = "CALLBACK_REQUESTED", callbackAt });
        var cease = await DisposeAsync(new { disposition = "CEASE_REQUEST" });

        Assert.Equal(("WRONG_PARTY", false), (wrong.GetProperty("attempt").GetProperty("disposition").GetString(), wrong.GetProperty("attempt").GetProperty("conversationTookPlace").GetBoolean()));
        Assert.Equal(("ORAL", "OPEN"), (dispute.GetProperty("dispute").GetProperty("channel").GetString(), dispute.GetProperty("dispute").GetProperty("status").GetString()));
        Assert.Equal("SCHEDULED", callback.GetProperty("callback").GetProperty("status").GetString());
        Assert.Equal(callback.GetProperty("callback").GetProperty("dueAt").GetString(), callback.GetProperty("callback").GetProperty("nextTryAt").GetString());
        Assert.Equal(0, callback.GetProperty("callback").GetProperty("blockedBy").GetArrayLength());
        Assert.Contains(cease.GetProperty("account").GetProperty("holds").EnumerateArray(), h => h.GetProperty("kind").GetString() == "CEASE");

        using var scope = api.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<DebtHubDbContext>();
        Assert.Equal(PhoneStatus.WrongNumber, (await db.DebtorPhones.SingleAsync(p => p.DebtorId == world.Debtor && p.Number == "+15035550101")).Status);
        var stored = await db.Disputes.SingleAsync(d => d.AccountId == world.CidAccount);
        Assert.Equal((DisputeChannel.Oral, DisputeReason.WrongAmount), (stored.Channel, stored.Reason));
        var scheduled = await db.ScheduledCallbacks.SingleAsync(c => c.AccountId == world.CidAccount);
        Assert.Equal((CallbackStatus.Scheduled, (Guid?)world.AnnId), (scheduled.Status, scheduled.CollectorId));

        // The request is the consumer's direct consent to that call (12 CFR 1006.14(b)(3)(i)), for the callback's window.
        var consent = Assert.Single((await db.Debtors.Include(d => d.DirectConsents).SingleAsync(d => d.Id == world.Debtor)).DirectConsents);
        Assert.Equal([world.CidAccount], consent.AccountIds);
        Assert.Equal(scheduled.DueAt.AddHours(4), consent.StatedEnd);
        Assert.True((await db.Accounts.Include(a => a.Holds).SingleAsync(a => a.Id == world.CidAccount)).HasActiveHold(HoldKind.Cease));
        Assert.Equal(4, await db.AuditEntries.CountAsync(e => e.Action == "call.dispositioned" && e.Actor == world.Ann));
    }

    [Fact]
    public async Task A_bad_disposition_gets_a_typed_error_and_writes_nothing()
    {
        var world = await TestPortfolio.CreateAsync(api);
        var desk = new DialerDesk(api);
        await desk.ReadyAsync(world.AnnId, ["es"], ["OR"]);
        var attempt = await desk.AttemptAsync(world, world.CidAccount);
        await desk.AnswerAsync(attempt);
        using var client = api.CreateClient();
        var ann = Tokens.For(world.Ann, "collector");
        var sid = DialerDesk.Sid(attempt);
        var before = await DatabaseSnapshot.TakeAsync(api);

        var noPromise = await client.PostGraphQLAsync(Disposition, new { input = new { callSid = sid, disposition = "PROMISE_TO_PAY" } }, ann);
        var badAmount = await client.PostGraphQLAsync(Disposition, new { input = new { callSid = sid, disposition = "PROMISE_TO_PAY", promise = new { amount = "-5", dueOn = "2030-01-01" } } }, ann);
        var pastCallback = await client.PostGraphQLAsync(Disposition, new { input = new { callSid = sid, disposition = "CALLBACK_REQUESTED", callbackAt = "2020-01-01T10:00:00Z" } }, ann);
        var noReason = await client.PostGraphQLAsync(Disposition, new { input = new { callSid = sid, disposition = "DISPUTE", disputeSummary = "Not mine" } }, ann);
        var notHers = await client.PostGraphQLAsync(Disposition, new { input = new { callSid = sid, disposition = "REFUSED" } }, Tokens.For(world.Bob, "collector"));
        var unknown = await client.PostGraphQLAsync(Disposition, new { input = new { callSid = "CA" + new string('0', 32), disposition = "REFUSED" } }, ann);

        Assert.Equal(["RequiredFieldError promise"], noPromise.TypedErrors("recordCallDisposition"));
        Assert.Equal(["InvalidAmountError promise.amount"], badAmount.TypedErrors("recordCallDisposition"));
        Assert.Equal(["InvalidValueError callbackAt"], pastCallback.TypedErrors("recordCallDisposition"));
        Assert.Equal(["RequiredFieldError disputeReason"], noReason.TypedErrors("recordCallDisposition"));
        Assert.Equal(["NotFoundError callSid"], notHers.TypedErrors("recordCallDisposition"));
        Assert.Equal(["NotFoundError callSid"], unknown.TypedErrors("recordCallDisposition"));
        Assert.Equal(before, await DatabaseSnapshot.TakeAsync(api));

        // Two clicks at once: one records, the other is told it is recorded.
        var clicks = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(async () =>
        {
            using var own = api.CreateClient();
            return await own.PostGraphQLAsync(Disposition, new { input = new { callSid = sid, disposition = "REFUSED" } }, ann);
        })));
        var outcomes = clicks.Select(c => c.Payload("recordCallDisposition").GetProperty("errors").ValueKind == JsonValueKind.Null ? "recorded" : string.Join(",", c.TypedErrors("recordCallDisposition"))).Order().ToList();
        Assert.Equal(["ConflictError RESULT_RECORDED", "recorded"], outcomes);
    }

    [Fact]
    public async Task Supervisors_see_a_campaigns_abandon_rate_and_each_collectors_calls_talk_and_wrap_time()
    {
        var world = await TestPortfolio.CreateAsync(api);
        var desk = new DialerDesk(api);
        await desk.ReadyAsync(world.AnnId, ["es"], ["OR"]);
        var campaignId = await CampaignAsync();
        var routed = await desk.AttemptAsync(world, world.CidAccount, campaignId);
        var abandoned = await desk.AttemptAsync(world, world.CidAccount, campaignId);
        await desk.AttemptAsync(world, world.CidAccount, campaignId);

        Assert.Contains("<Client>", await desk.AnswerAsync(routed), StringComparison.Ordinal);
        Assert.DoesNotContain("<Dial", await desk.AnswerAsync(abandoned), StringComparison.Ordinal);
        await desk.CompletedAsync(routed);
        using var client = api.CreateClient();
        var sue = Tokens.For(world.Sue, "supervisor");
        const string Figures = """
            query($id: ID!) {
              campaignFigures(campaignId: $id) {
                attempts connects rightPartyContacts promisesToPay abandoned abandonRate pending
                hopper { total dialableNow claimed waitingForRetry blocked { ruleId accounts } }
              }
            }
            """;

        // Before the disposition: the routed call is a connect already (a person answered), not yet a right-party contact.
        var beforeDisposition = (await client.PostGraphQLAsync(Figures, new { id = campaignId.ToString() }, sue)).Data("campaignFigures");
        Assert.Equal((3, 2, 0, 1, 0.5, 2), (beforeDisposition.GetProperty("attempts").GetInt32(), beforeDisposition.GetProperty("connects").GetInt32(),
            beforeDisposition.GetProperty("rightPartyContacts").GetInt32(), beforeDisposition.GetProperty("abandoned").GetInt32(),
            beforeDisposition.GetProperty("abandonRate").GetDouble(), beforeDisposition.GetProperty("pending").GetInt32()));
        Assert.Equal(JsonValueKind.Number, beforeDisposition.GetProperty("hopper").GetProperty("total").ValueKind);
        Assert.Equal(JsonValueKind.Array, beforeDisposition.GetProperty("hopper").GetProperty("blocked").ValueKind);

        Assert.Equal(0, beforeDisposition.GetProperty("promisesToPay").GetInt32());
        var dueOn = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(10).ToString("yyyy-MM-dd");
        (await client.PostGraphQLAsync(Disposition, new
        {
            input = new { callSid = DialerDesk.Sid(routed), disposition = "PROMISE_TO_PAY", promise = new { amount = "50.00", dueOn } },
        }, Tokens.For(world.Ann, "collector"))).Succeeded("recordCallDisposition");

        var campaign = (await client.PostGraphQLAsync(Figures, new { id = campaignId.ToString() }, sue)).Data("campaignFigures");
        var collectors = (await client.PostGraphQLAsync(
            "{ collectorFigures { userName state calls talkSeconds wrapSeconds availableSeconds } }", null, sue)).Data("collectorFigures");
        var forbidden = await client.PostGraphQLAsync("{ collectorFigures { userName } }", null, Tokens.For(world.Ann, "collector"));

        Assert.Equal((3, 2, 1, 1, 0.5, 1), (campaign.GetProperty("attempts").GetInt32(), campaign.GetProperty("connects").GetInt32(),
            campaign.GetProperty("rightPartyContacts").GetInt32(), campaign.GetProperty("abandoned").GetInt32(),
            campaign.GetProperty("abandonRate").GetDouble(), campaign.GetProperty("pending").GetInt32()));
        Assert.Equal(1, campaign.GetProperty("promisesToPay").GetInt32());
        var ann = collectors.EnumerateArray().Single(c => c.GetProperty("userName").GetString() == world.Ann);
        Assert.Equal(("AVAILABLE", 1), (ann.GetProperty("state").GetString(), ann.GetProperty("calls").GetInt32()));
        Assert.True(ann.GetProperty("availableSeconds").GetInt32() >= 590);
        Assert.Equal(JsonValueKind.Number, ann.GetProperty("talkSeconds").ValueKind);
        Assert.Equal(JsonValueKind.Number, ann.GetProperty("wrapSeconds").ValueKind);
        Assert.Equal("AUTH_NOT_AUTHORIZED", forbidden.Code());
    }

    private async Task<Guid> CampaignAsync()
    {
        using var scope = api.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<DebtHubDbContext>();
        var campaign = Campaign.Create($"Figures {Guid.NewGuid():N}"[..20], new CampaignSettings(
            DialMode.Predictive, CampaignSegment.Everything, CallingHours.Of(new TimeOnly(9, 0), new TimeOnly(20, 0), null),
            CallerIdPool.Of(["+15035550199"], localPresence: true), RetryRules.Default, true, VoicemailPolicy.HangUp, PriorityOrder.Default,
            PacingSettings.Default), DateTimeOffset.UtcNow);
        db.Add(campaign);
        await db.SaveChangesAsync();
        return campaign.Id;
    }

    /// <summary>
    /// graphql-transport-ws has no "subscribed" message: the answer webhook is repeated (a retry routes to the same
    /// collector and pops again) until the screen pop arrives.
    /// </summary>
    private static async Task<(string Twiml, JsonElement Pop)> AnswerUntilPoppedAsync(GraphQLWsClient socket, DialerDesk desk, Guid attempt)
    {
        var receiving = socket.ReceiveAsync(TimeSpan.FromSeconds(15));
        var twiml = "";
        for (var i = 0; i < 50 && !receiving.IsCompleted; i++)
        {
            twiml = await desk.AnswerAsync(attempt);
            await Task.WhenAny(receiving, Task.Delay(200));
        }

        var message = await receiving ?? throw new InvalidOperationException("The socket closed.");
        Assert.Equal("next", message.GetProperty("type").GetString());
        return (twiml, message);
    }
}
