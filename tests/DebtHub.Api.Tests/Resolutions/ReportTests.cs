using System.Text.Json;
using DebtHub.Api.Tests.Support;
using DebtHub.Domain.Accounts;
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
          liquidation { cohort accounts placed collected liquidation { rate } }
          recoveryRate { numerator denominator rate definition }
          rightPartyContact { dialAttempts liveConnects accountsWorked rightPartyContacts perDialAttempt { rate } perLiveConnect { rate } perAccountWorked { rate } }
          promiseRate { numerator denominator rate }
          promiseKeptByCount { numerator denominator rate }
          promiseKeptByAmount { numerator denominator rate }
          dollarsPerCollectorHour { userName collected hours dollarsPerHour }
          dialerPenetration { numerator denominator rate }
          abandonRate { numerator denominator rate }
          complianceBlocks { ruleId accounts }
          complianceBlocksEvaluated
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

        // Cohorts: October (D: 400 placed, 50 + 30 collected), November (A, B, C, U: 2,640 placed; A's 100; C's 35 reversed).
        Assert.Equal(
            """[{"cohort":"2026-10","accounts":1,"placed":400,"collected":80,"liquidation":{"rate":0.2}},{"cohort":"2026-11","accounts":4,"placed":2640,"collected":100,"liquidation":{"rate":0.0379}}]""",
            Normalize(r.GetProperty("liquidation")));
        AssertRatio(r.GetProperty("recoveryRate"), 100m, 2640m, 0.0379m);

        // Five outbound calls on 11-10: four answered (one abandoned), two right-party conversations, accounts A, B, C.
        var rpc = r.GetProperty("rightPartyContact");
        Assert.Equal((5, 4, 3, 2), (rpc.GetProperty("dialAttempts").GetInt32(), rpc.GetProperty("liveConnects").GetInt32(),
            rpc.GetProperty("accountsWorked").GetInt32(), rpc.GetProperty("rightPartyContacts").GetInt32()));
        Assert.Equal(0.4m, rpc.GetProperty("perDialAttempt").GetProperty("rate").GetDecimal());
        Assert.Equal(0.5m, rpc.GetProperty("perLiveConnect").GetProperty("rate").GetDecimal());
        Assert.Equal(0.6667m, rpc.GetProperty("perAccountWorked").GetProperty("rate").GetDecimal());
        AssertRatio(r.GetProperty("abandonRate"), 1m, 4m, 0.25m);

        // Two promises taken for two RPCs; of the three promised payments due in November, 50 and 30 kept, 60 broken.
        AssertRatio(r.GetProperty("promiseRate"), 2m, 2m, 1m);
        AssertRatio(r.GetProperty("promiseKeptByCount"), 2m, 3m, 0.6667m);
        AssertRatio(r.GetProperty("promiseKeptByAmount"), 80m, 140m, 0.5714m);

        // Ann: 09:00 to 11:00 (2 h), 100 collected on A; Bob: 10:00 to 12:00 (2 h), 30 on D; Cid: no calls, nothing net.
        Assert.Equal(
            $$$"""[{"userName":"{{{world.Ann}}}","collected":100,"hours":2,"dollarsPerHour":50},{"userName":"{{{world.Bob}}}","collected":30,"hours":2,"dollarsPerHour":15},{"userName":"{{{world.Cid}}}","collected":0,"hours":0,"dollarsPerHour":null}]""",
            Normalize(r.GetProperty("dollarsPerCollectorHour")));

        // Eligible now: B, C, D, U (A is on hold); called in November: B and C.
        AssertRatio(r.GetProperty("dialerPenetration"), 2m, 4m, 0.5m);

        // Tom Reed (B, D, U) has no number on file; Maria's account C is whatever the gate says now, so it is not asserted.
        Assert.Equal(4, r.GetProperty("complianceBlocksEvaluated").GetInt32());
        Assert.Contains(r.GetProperty("complianceBlocks").EnumerateArray(),
            b => b.GetProperty("ruleId").GetString() == "NO-DIALABLE-PHONE" && b.GetProperty("accounts").GetInt32() == 3);

        // Validation notices sent in November: A, B, C, D; disputes received: B and C (C twice).
        AssertRatio(r.GetProperty("disputeRate"), 2m, 4m, 0.5m);

        var csv = await client.PostGraphQLAsync("""{ collectionReportCsv(section: RATES, from: "2026-11-01", to: "2026-11-30", asOf: "2026-11-23") }""", token: sue);
        var lines = csv.Data("collectionReportCsv").GetString()!.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("figure,numerator,denominator,rate,definition", lines[0]);
        Assert.StartsWith("abandon_rate,1,4,0.25,\"", lines.Single(l => l.StartsWith("abandon_rate", StringComparison.Ordinal)));
        var aging = await client.PostGraphQLAsync("""{ collectionReportCsv(section: AGING, from: "2026-11-01", to: "2026-11-30", asOf: "2026-11-23") }""", token: sue);
        Assert.Contains("\r\n180+,4,2540\r\n", aging.Data("collectionReportCsv").GetString());
    }

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

        // C: 35 paid and reversed (NSF): nothing collected.
        var nsf = c.PostPayment(new Money(35m, "USD"), new DateOnly(2026, 11, 21), $"c1-{world.Suffix}", PaymentApplicationOrder.Default, "cid", At(11, 21));
        c.ReversePayment(nsf, false, "NSF", "sue", At(11, 22));

        foreach (var account in new[] { a, b, c, d })
        {
            account.RecordValidationNotice(At(11, 2), new DateOnly(2026, 12, 10));
        }

        // Calls on 11-10 (a letter too, which is not a call).
        var calls = new (Account Account, Guid Debtor, Guid Collector, int Hour, int Minute, AttemptOutcome Result, ContactDisposition Disposition, bool Abandoned)[]
        {
            (a, world.Debtor, world.AnnId, 9, 0, AttemptOutcome.Answered, ContactDisposition.ConversationRightParty, false),
            (a, world.Debtor, world.AnnId, 9, 30, AttemptOutcome.NoAnswer, ContactDisposition.NoAnswer, false),
            (c, world.Debtor, world.AnnId, 11, 0, AttemptOutcome.Answered, ContactDisposition.WrongParty, false),
            (b, world.OtherDebtor, world.BobId, 10, 0, AttemptOutcome.Answered, ContactDisposition.ConversationRightParty, false),
            (b, world.OtherDebtor, world.BobId, 12, 0, AttemptOutcome.Answered, ContactDisposition.NotConnected, true),
        };
        foreach (var call in calls)
        {
            var at = new DateTimeOffset(2026, 11, 10, call.Hour, call.Minute, 0, TimeSpan.Zero);
            var attempt = ContactAttempt.Outbound(Guid.CreateVersion7(at), call.Debtor, [call.Account.Id], [call.Account.Id], [call.Account.Id],
                ContactChannel.Call, ContactMode.Preview, "+15035550101", null, at, new ComplianceSnapshot("test", []), at, collectorId: call.Collector);
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
        await db.SaveChangesAsync();
    }
}
