using System.Text.Json;
using DebtHub.Api.Tests.Support;
using DebtHub.Domain.Accounts;
using DebtHub.Domain.Campaigns;
using DebtHub.Domain.Collectors;
using DebtHub.Domain.Common;
using DebtHub.Domain.Compliance;
using DebtHub.Domain.Compliance.Facts;
using DebtHub.Domain.Contact;
using DebtHub.Domain.Resolutions;
using DebtHub.Domain.Resolutions.Disputes;
using DebtHub.Domain.Resolutions.Promises;
using DebtHub.Domain.Resolutions.Scheduling;
using DebtHub.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DebtHub.Api.Tests.Resolutions;

/// <summary>
/// Every KPI of the collection report against a fixture computed by hand (November 2026, as of the 23rd). The class has a
/// database of its own, so only this fixture is in it.
/// </summary>
public sealed class ReportTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private const string Report = """
        query { collectionReport(from: "2026-11-01", to: "2026-11-30", asOf: "2026-11-23") {
          aging { bucket accounts balance }
          liquidation { cohort accounts placed collected liquidation { rate } byAge { days liquidation { numerator rate } } }
          recoveryRate { numerator denominator rate definition }
          rightPartyContact { dialAttempts liveConnects accountsWorked rightPartyContacts perDialAttempt { rate } perLiveConnect { rate } perAccountWorked { rate } }
          promiseRate { numerator denominator rate }
          promiseKeptByCount { numerator denominator rate }
          promiseKeptByAmount { numerator denominator rate }
          dollarsPerCollectorHour { userName collected hours dollarsPerHour }
          dialerPenetration { numerator denominator rate }
          abandonRate { numerator denominator rate }
          abandonRateByCampaign { from to cap campaigns { name abandonRate { numerator denominator rate } overCap } total { numerator denominator rate } }
          complianceBlocks { ruleId citation refusals accounts failClosed }
          complianceRefusals
          failClosedRefusals
          disputeRate { numerator denominator rate }
        } }
        """;

    [Fact]
    public async Task Every_figure_matches_the_hand_computed_fixture_and_exports_as_csv()
    {
        var world = await TestPortfolio.CreateAsync(api);
        await BuildFixtureAsync(world);
        using var client = api.CreateClient();
        var sue = Tokens.For(world.Sue, "supervisor");

        var result = await client.PostGraphQLAsync(Report, token: sue);
        var denied = await client.PostGraphQLAsync(Report, token: Tokens.For(world.Ann, "collector"));

        Assert.False(result.TryGetProperty("errors", out var errors), errors.ToString());
        Assert.Equal("AUTH_NOT_AUTHORIZED", denied.Code());
        var r = result.Data("collectionReport");

        // Aging as of 11-23: A, B, C, U are delinquent since 2025-11-01 (387 days): 935 + 735 + 535 + 335; D since 10-10 (44 days): 400 - 80.
        Assert.Equal(
            """[{"bucket":"CURRENT","accounts":0,"balance":0},{"bucket":"1-30","accounts":0,"balance":0},{"bucket":"31-60","accounts":1,"balance":320},{"bucket":"61-90","accounts":0,"balance":0},{"bucket":"91-120","accounts":0,"balance":0},{"bucket":"121-150","accounts":0,"balance":0},{"bucket":"151-180","accounts":0,"balance":0},{"bucket":"180+","accounts":4,"balance":2540}]""",
            Normalize(r.GetProperty("aging")));
        Assert.Equal(("2540.00", "0.00"), (r.GetProperty("aging")[7].GetProperty("balance").GetRawText(), r.GetProperty("aging")[0].GetProperty("balance").GetRawText()));

        // Cohorts: May (E, placed 05-20: 200 placed, 40 on 06-10, 60 on 07-15, 100 on 11-20, so 40 by day 30 (06-19),
        // 100 by days 60 (07-19), 90 (08-18) and 180 (11-16)); October (D, placed 10-05: 400 placed, 50 on 10-20 and 30 on
        // 11-10, so 50 by day 30 (11-04); day 60 is 12-04, after the period); November (A, B, C, U placed 11-23: 2,640
        // placed; A's 100; C's 35 reversed; no age reached by 11-30).
        const string notYet = """[{"days":30,"liquidation":null},{"days":60,"liquidation":null},{"days":90,"liquidation":null},{"days":180,"liquidation":null}]""";
        Assert.Equal(
            "[" + """{"cohort":"2026-05","accounts":1,"placed":200,"collected":200,"liquidation":{"rate":1},"byAge":[{"days":30,"liquidation":{"numerator":40,"rate":0.2}},{"days":60,"liquidation":{"numerator":100,"rate":0.5}},{"days":90,"liquidation":{"numerator":100,"rate":0.5}},{"days":180,"liquidation":{"numerator":100,"rate":0.5}}]},"""
            + """{"cohort":"2026-10","accounts":1,"placed":400,"collected":80,"liquidation":{"rate":0.2},"byAge":[{"days":30,"liquidation":{"numerator":50,"rate":0.125}},{"days":60,"liquidation":null},{"days":90,"liquidation":null},{"days":180,"liquidation":null}]},"""
            + """{"cohort":"2026-11","accounts":4,"placed":2640,"collected":100,"liquidation":{"rate":0.0379},"byAge":""" + notYet + "}]",
            Normalize(r.GetProperty("liquidation")));
        Assert.Equal(("2640.00", "100.00"), (r.GetProperty("liquidation")[2].GetProperty("placed").GetRawText(), r.GetProperty("liquidation")[2].GetProperty("collected").GetRawText()));
        AssertRatio(r.GetProperty("recoveryRate"), 100m, 2640m, 0.0379m);

        // Five outbound calls on 11-10: four answered (one abandoned), two right-party conversations, accounts A, B, C.
        var rpc = r.GetProperty("rightPartyContact");
        Assert.Equal((5, 4, 3, 2), (rpc.GetProperty("dialAttempts").GetInt32(), rpc.GetProperty("liveConnects").GetInt32(),
            rpc.GetProperty("accountsWorked").GetInt32(), rpc.GetProperty("rightPartyContacts").GetInt32()));
        Assert.Equal(0.4m, rpc.GetProperty("perDialAttempt").GetProperty("rate").GetDecimal());
        Assert.Equal(0.5m, rpc.GetProperty("perLiveConnect").GetProperty("rate").GetDecimal());
        Assert.Equal(0.6667m, rpc.GetProperty("perAccountWorked").GetProperty("rate").GetDecimal());
        AssertRatio(r.GetProperty("abandonRate"), 1m, 4m, 0.25m);

        // The 30 days ending 11-30 (11-01..11-30): Autumn's two live answers on B, one abandoned (0.5, over the 3% cap);
        // the three calls outside campaigns, two answered live, none abandoned; Winter's abandoned call at 10-31 23:59:59
        // is outside the window, so Winter has no row.
        Assert.Equal(
            """{"from":"2026-11-01","to":"2026-11-30","cap":0.03,"campaigns":[{"name":"Autumn","abandonRate":{"numerator":1,"denominator":2,"rate":0.5},"overCap":true},{"name":null,"abandonRate":{"numerator":0,"denominator":2,"rate":0},"overCap":false}],"total":{"numerator":1,"denominator":4,"rate":0.25}}""",
            Normalize(r.GetProperty("abandonRateByCampaign")));

        // Two promises taken for two RPCs; of the three promised payments due in November, 50 and 30 kept, 60 broken.
        AssertRatio(r.GetProperty("promiseRate"), 2m, 2m, 1m);
        AssertRatio(r.GetProperty("promiseKeptByCount"), 2m, 3m, 0.6667m);
        AssertRatio(r.GetProperty("promiseKeptByAmount"), 80m, 140m, 0.5714m);

        // Logged-in time on 11-10: Ann available 08:30-09:00, on call 09:00-09:20, wrap-up 09:20-09:25, available
        // 09:25-10:30, offline 10:30-11:00 (not counted), available 11:00-11:35: 155 min; 100 collected on A, so
        // 100 ÷ (155/60) = 38.709… → 38.71 an hour. Bob: available 10-31 23:00 to 11-01 01:00 (one hour inside the
        // period), on call 11-10 10:00-10:45 and wrap-up to 11:00: 2 h; 30 on D → 15.00. Cid: no time, nothing net.
        Assert.Equal(
            $$$"""[{"userName":"{{{world.Ann}}}","collected":100,"hours":2.58,"dollarsPerHour":38.71},{"userName":"{{{world.Bob}}}","collected":30,"hours":2,"dollarsPerHour":15},{"userName":"{{{world.Cid}}}","collected":0,"hours":0,"dollarsPerHour":null}]""",
            Normalize(r.GetProperty("dollarsPerCollectorHour")));
        var bobRow = r.GetProperty("dollarsPerCollectorHour")[1];
        Assert.Equal(("30.00", "15.00"), (bobRow.GetProperty("collected").GetRawText(), bobRow.GetProperty("dollarsPerHour").GetRawText()));

        // Eligible now: B, C, D, U (A is on hold); called in November: B and C.
        AssertRatio(r.GetProperty("dialerPenetration"), 2m, 4m, 0.5m);

        // Refused permits in November: CEASE on C; FREQ-7IN7 + TIME-WINDOW on B; FREQ-7IN7 on B again and on D;
        // LEDGER-UNAVAILABLE on A (fail closed, listed first). The refusals of 10-31 23:59 and 12-01 00:00 are outside.
        Assert.Equal((5, 1), (r.GetProperty("complianceRefusals").GetInt32(), r.GetProperty("failClosedRefusals").GetInt32()));
        Assert.Equal(
            [("LEDGER-UNAVAILABLE", 1, 1, true), ("FREQ-7IN7", 3, 2, false), ("CEASE", 1, 1, false), ("TIME-WINDOW", 1, 1, false)],
            r.GetProperty("complianceBlocks").EnumerateArray().Select(b => (b.GetProperty("ruleId").GetString(), b.GetProperty("refusals").GetInt32(),
                b.GetProperty("accounts").GetInt32(), b.GetProperty("failClosed").GetBoolean())).ToArray());
        Assert.Equal("12 CFR 1006.6(c); 15 USC 1692c(c)", r.GetProperty("complianceBlocks")[2].GetProperty("citation").GetString());

        // Validation notices sent in November: A, B, C, D; disputes received: B and C (C twice).
        AssertRatio(r.GetProperty("disputeRate"), 2m, 4m, 0.5m);

        var csv = await client.PostGraphQLAsync("""{ collectionReportCsv(section: RATES, from: "2026-11-01", to: "2026-11-30", asOf: "2026-11-23") }""", token: sue);
        var lines = csv.Data("collectionReportCsv").GetString()!.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("figure,numerator,denominator,rate,definition", lines[0]);
        Assert.StartsWith("abandon_rate_30_days,1,4,0.25,\"", lines.Single(l => l.StartsWith("abandon_rate", StringComparison.Ordinal)));
        Assert.StartsWith("recovery_rate,100.00,2640.00,0.0379,Net $ recovered", lines.Single(l => l.StartsWith("recovery_rate", StringComparison.Ordinal)));
        Assert.Contains("\r\n180+,4,2540.00\r\n", await CsvAsync(client, sue, "AGING"));
        Assert.Equal(
            "cohort,accounts,placed,collected,liquidation_rate,collected_30d,liquidation_rate_30d,collected_60d,liquidation_rate_60d,collected_90d,liquidation_rate_90d,collected_180d,liquidation_rate_180d\r\n"
            + "2026-05,1,200.00,200.00,1,40.00,0.2,100.00,0.5,100.00,0.5,100.00,0.5\r\n"
            + "2026-10,1,400.00,80.00,0.2,50.00,0.125,,,,,,\r\n"
            + "2026-11,4,2640.00,100.00,0.0379,,,,,,,,\r\n",
            await CsvAsync(client, sue, "LIQUIDATION"));
        Assert.Contains($"\r\n{world.Ann},100.00,2.58,38.71\r\n", await CsvAsync(client, sue, "DOLLARS_PER_COLLECTOR_HOUR"));
        Assert.Equal(
            "campaign,from,to,abandoned,live_answered,rate,over_cap\r\nAutumn,2026-11-01,2026-11-30,1,2,0.5,true\r\n"
            + "(outside campaigns),2026-11-01,2026-11-30,0,2,0,false\r\n(total),2026-11-01,2026-11-30,1,4,0.25,true\r\n",
            await CsvAsync(client, sue, "ABANDON_RATE"));
        Assert.StartsWith("rule,citation,refusals,accounts,fail_closed\r\nLEDGER-UNAVAILABLE,", await CsvAsync(client, sue, "COMPLIANCE_BLOCKS"));
        Assert.Contains("\r\nFREQ-7IN7,", await CsvAsync(client, sue, "COMPLIANCE_BLOCKS"));
    }

    private static async Task<string> CsvAsync(HttpClient client, string token, string section) =>
        (await client.PostGraphQLAsync(
            $$"""{ collectionReportCsv(section: {{section}}, from: "2026-11-01", to: "2026-11-30", asOf: "2026-11-23") }""", token: token))
        .Data("collectionReportCsv").GetString()!;

    private static void AssertRatio(JsonElement ratio, decimal numerator, decimal denominator, decimal rate)
    {
        Assert.Equal(numerator, ratio.GetProperty("numerator").GetDecimal());
        Assert.Equal(denominator, ratio.GetProperty("denominator").GetDecimal());
        Assert.Equal(rate, ratio.GetProperty("rate").GetDecimal());
    }

    /// <summary>JSON with every number written without trailing zeros (numeric columns keep their scale).</summary>
    private static string Normalize(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Array => "[" + string.Join(",", element.EnumerateArray().Select(Normalize)) + "]",
        JsonValueKind.Object => "{" + string.Join(",", element.EnumerateObject().Select(p => JsonSerializer.Serialize(p.Name) + ":" + Normalize(p.Value))) + "}",
        JsonValueKind.Number => element.GetDecimal().ToString("0.############", System.Globalization.CultureInfo.InvariantCulture),
        _ => element.GetRawText(),
    };

    private async Task BuildFixtureAsync(TestPortfolio world)
    {
        using var scope = api.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<DebtHubDbContext>();
        var accounts = await db.Accounts.Include(a => a.Holds).Where(a => a.CreditorId == world.CreditorId).ToDictionaryAsync(a => a.Id);
        var (a, b, c) = (accounts[world.AnnAccount], accounts[world.BobAccount], accounts[world.CidAccount]);
        var cidId = await db.Collectors.Where(x => x.UserName == world.Cid).Select(x => x.Id).SingleAsync();
        var portfolio = await db.Portfolios.Where(p => p.CreditorId == world.CreditorId).Select(p => p.Id).SingleAsync();
        static DateTimeOffset At(int month, int day, int hour = 12) => new(2026, month, day, hour, 0, 0, TimeSpan.Zero);

        // D: placed in October for Tom Reed, Bob's, 400 owed, delinquent since 10-10; paid 50 in October and 30 in November.
        var d = Account.Place(new AccountPlacement(world.OtherDebtor, world.CreditorId, portfolio, $"D-{world.Suffix}", "First Bank", "Acme Card",
            AccountType.CreditCard, new Money(400m, "USD"), 0m, 0m, new DateOnly(2026, 9, 30), null, new DateOnly(2026, 10, 10), null, new DateOnly(2031, 1, 1), "OR"),
            At(10, 5));
        d.AssignTo(world.BobId);
        d.PostPayment(new Money(50m, "USD"), new DateOnly(2026, 10, 20), $"d1-{world.Suffix}", PaymentApplicationOrder.Default, "bob", At(10, 20));
        d.PostPayment(new Money(30m, "USD"), new DateOnly(2026, 11, 10), $"d2-{world.Suffix}", PaymentApplicationOrder.Default, "bob", At(11, 10));
        db.Accounts.Add(d);

        // E: placed 2026-05-20 for Tom Reed, nobody's, 200 owed; paid 40 (06-10), 60 (07-15) and the last 100 (11-20): paid in full.
        var e = Account.Place(new AccountPlacement(world.OtherDebtor, world.CreditorId, portfolio, $"E-{world.Suffix}", "First Bank", "Acme Card",
            AccountType.CreditCard, new Money(200m, "USD"), 0m, 0m, new DateOnly(2026, 5, 1), null, new DateOnly(2026, 4, 1), null, new DateOnly(2031, 1, 1), "OR"),
            At(5, 20));
        e.PostPayment(new Money(40m, "USD"), new DateOnly(2026, 6, 10), $"e1-{world.Suffix}", PaymentApplicationOrder.Default, "sue", At(6, 10));
        e.PostPayment(new Money(60m, "USD"), new DateOnly(2026, 7, 15), $"e2-{world.Suffix}", PaymentApplicationOrder.Default, "sue", At(7, 15));
        e.PostPayment(new Money(100m, "USD"), new DateOnly(2026, 11, 20), $"e3-{world.Suffix}", PaymentApplicationOrder.Default, "sue", At(11, 20));
        db.Accounts.Add(e);

        // C: 35 paid and reversed (NSF): nothing collected.
        var nsf = c.PostPayment(new Money(35m, "USD"), new DateOnly(2026, 11, 21), $"c1-{world.Suffix}", PaymentApplicationOrder.Default, "cid", At(11, 21));
        c.ReversePayment(nsf, false, "NSF", "sue", At(11, 22));

        foreach (var account in new[] { a, b, c, d })
        {
            account.RecordValidationNotice(At(11, 2), new DateOnly(2026, 12, 10));
        }

        // Calls on 11-10 (a letter too, which is not a call): Ann's outside campaigns, Bob's in the Autumn campaign; and
        // Winter's abandoned call at 10-31 23:59:59, outside the period and the abandon rate's 30 days.
        var autumn = NewCampaign("Autumn");
        var winter = NewCampaign("Winter");
        db.Campaigns.AddRange(autumn, winter);
        var calls = new (Account Account, Guid Debtor, Guid Collector, DateTimeOffset At, AttemptOutcome Result, ContactDisposition Disposition, bool Abandoned, Guid? Campaign)[]
        {
            (a, world.Debtor, world.AnnId, On10th(9, 0), AttemptOutcome.Answered, ContactDisposition.ConversationRightParty, false, null),
            (a, world.Debtor, world.AnnId, On10th(9, 30), AttemptOutcome.NoAnswer, ContactDisposition.NoAnswer, false, null),
            (c, world.Debtor, world.AnnId, On10th(11, 0), AttemptOutcome.Answered, ContactDisposition.WrongParty, false, null),
            (b, world.OtherDebtor, world.BobId, On10th(10, 0), AttemptOutcome.Answered, ContactDisposition.ConversationRightParty, false, autumn.Id),
            (b, world.OtherDebtor, world.BobId, On10th(12, 0), AttemptOutcome.Answered, ContactDisposition.NotConnected, true, autumn.Id),
            (d, world.OtherDebtor, world.BobId, new DateTimeOffset(2026, 10, 31, 23, 59, 59, TimeSpan.Zero), AttemptOutcome.Answered, ContactDisposition.NotConnected, true, winter.Id),
        };
        foreach (var call in calls)
        {
            var at = call.At;
            var attempt = ContactAttempt.Outbound(Guid.CreateVersion7(at), call.Debtor, [call.Account.Id], [call.Account.Id], [call.Account.Id],
                ContactChannel.Call, ContactMode.Preview, "+15035550101", null, at, new ComplianceSnapshot("test", []), at, collectorId: call.Collector,
                campaignId: call.Campaign);
            attempt.RecordResult(call.Result, call.Disposition, call.Disposition == ContactDisposition.ConversationRightParty);
            if (call.Abandoned)
            {
                attempt.MarkAbandoned(at.AddSeconds(3));
            }

            db.ContactAttempts.Add(attempt);
        }

        db.ContactAttempts.Add(ContactAttempt.Outbound(Guid.CreateVersion7(At(11, 2)), world.Debtor, [a.Id], [a.Id], [a.Id],
            ContactChannel.Letter, null, "12 Oak St", null, At(11, 2), new ComplianceSnapshot("test", []), At(11, 2), AttemptOutcome.Sent, ContactDisposition.Sent));

        // Promises taken 11-05: on B, 50 due 11-08 (paid) and 60 due 11-12 (not paid); on D, 30 due 11-15 (paid 11-10).
        var bob = new Actor(world.Bob, CollectorRole.Collector);
        var onB = PromiseToPay.Record(b, [(new DateOnly(2026, 11, 8), new Money(50m, "USD")), (new DateOnly(2026, 11, 12), new Money(60m, "USD"))], 3, bob, At(11, 5));
        onB.Evaluate([new ReceivedPayment(new DateOnly(2026, 11, 8), 50m)], new DateOnly(2026, 11, 23), At(11, 23));
        var onD = PromiseToPay.Record(d, [(new DateOnly(2026, 11, 15), new Money(30m, "USD"))], 3, bob, At(11, 5));
        onD.Evaluate([new ReceivedPayment(new DateOnly(2026, 11, 10), 30m)], new DateOnly(2026, 11, 23), At(11, 23));
        db.PromisesToPay.AddRange(onB, onD);

        // Oral disputes (no hold): C twice, B once.
        var first = Dispute.Record(c, DisputeChannel.Oral, DisputeReason.WrongAmount, "Fees wrong", new DateOnly(2026, 11, 12), false, [], bob, At(11, 23));
        var again = Dispute.Record(c, DisputeChannel.Oral, DisputeReason.WrongAmount, "Fees wrong", new DateOnly(2026, 11, 13), false, [first], bob, At(11, 23));
        var onBDispute = Dispute.Record(b, DisputeChannel.Oral, DisputeReason.NotMyDebt, "Not mine", new DateOnly(2026, 11, 15), false, [], bob, At(11, 23));
        db.Disputes.AddRange(first, again, onBDispute);
        _ = cidId;

        // Presence (logged-in time), see the assertion for the sums.
        Presence(db, world.AnnId, PresenceState.Available, On10th(8, 30), On10th(9, 0));
        Presence(db, world.AnnId, PresenceState.OnCall, On10th(9, 0), On10th(9, 20));
        Presence(db, world.AnnId, PresenceState.WrapUp, On10th(9, 20), On10th(9, 25));
        Presence(db, world.AnnId, PresenceState.Available, On10th(9, 25), On10th(10, 30));
        Presence(db, world.AnnId, PresenceState.Offline, On10th(10, 30), On10th(11, 0));
        Presence(db, world.AnnId, PresenceState.Available, On10th(11, 0), On10th(11, 35));
        Presence(db, world.BobId, PresenceState.Available, new DateTimeOffset(2026, 10, 31, 23, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 11, 1, 1, 0, 0, TimeSpan.Zero));
        Presence(db, world.BobId, PresenceState.OnCall, On10th(10, 0), On10th(10, 45));
        Presence(db, world.BobId, PresenceState.WrapUp, On10th(10, 45), On10th(11, 0));

        // Refused permits (as the contact gateway records them), two of them outside November.
        var phone = Guid.NewGuid();
        Refusal(db, world.Debtor, c.Id, phone, ["CEASE"], At(11, 10));
        Refusal(db, world.OtherDebtor, b.Id, phone, ["FREQ-7IN7", "TIME-WINDOW"], At(11, 11));
        Refusal(db, world.OtherDebtor, b.Id, phone, ["FREQ-7IN7"], At(11, 12));
        Refusal(db, world.OtherDebtor, d.Id, phone, ["FREQ-7IN7"], At(11, 12, 13));
        Refusal(db, world.Debtor, a.Id, phone, ["LEDGER-UNAVAILABLE"], At(11, 15));
        Refusal(db, world.Debtor, c.Id, phone, ["CEASE"], new DateTimeOffset(2026, 10, 31, 23, 59, 0, TimeSpan.Zero));
        Refusal(db, world.Debtor, c.Id, phone, ["CEASE"], new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero));
        await db.SaveChangesAsync();
    }

    private static DateTimeOffset On10th(int hour, int minute) => new(2026, 11, 10, hour, minute, 0, TimeSpan.Zero);

    private static Campaign NewCampaign(string name) => Campaign.Create(name, new CampaignSettings(
        DialMode.Predictive, CampaignSegment.Everything, CallingHours.Of(new TimeOnly(9, 0), new TimeOnly(20, 0), null),
        CallerIdPool.Of(["+15035550199"], localPresence: true), RetryRules.Default, true, VoicemailPolicy.HangUp, PriorityOrder.Default,
        PacingSettings.Default), TestPortfolio.Now);

    private static void Presence(DebtHubDbContext db, Guid collectorId, PresenceState state, DateTimeOffset from, DateTimeOffset to)
    {
        var period = PresencePeriod.Open(collectorId, state, null, from);
        period.Close(to);
        db.PresencePeriods.Add(period);
    }

    private static void Refusal(DebtHubDbContext db, Guid debtorId, Guid accountId, Guid phoneId, string[] rules, DateTimeOffset at) =>
        db.ContactRefusals.Add(ContactRefusal.Record(debtorId, [accountId], ContactChannel.Call, ContactMode.Predictive, ContactPurpose.Collection, phoneId,
            rules, "test", null, null, null, at));
}
