using DebtHub.Api.Tests.Mutations;
using DebtHub.Api.Tests.Support;
using DebtHub.Domain.Collectors;
using DebtHub.Domain.Creditors;
using DebtHub.Domain.Resolutions;
using DebtHub.Domain.Resolutions.Plans;
using DebtHub.Domain.Resolutions.Scheduling;
using DebtHub.Infrastructure.Persistence;
using DebtHub.Infrastructure.Resolutions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static DebtHub.Api.Tests.Resolutions.ResolutionTestSupport;

namespace DebtHub.Api.Tests.Resolutions;

/// <summary>The status a collector sees on the account after each arrangement, dispute, referral and daily run.</summary>
public sealed class AccountStatusTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private const string Eligibility = """
        query($account: ID!, $phone: ID!, $at: DateTime) {
          contactEligibility(accountId: $account, phoneId: $phone, channel: CALL, mode: MANUAL_DIAL, at: $at) {
            allowed blockedBy { ruleId }
          }
        }
        """;

    [Fact]
    public async Task A_plan_shows_payment_plan_a_promise_waits_behind_it_and_cancelling_both_returns_the_account_to_active()
    {
        var world = await TestPortfolio.CreateAsync(api);
        using var client = api.CreateClient();
        var bob = Tokens.For(world.Bob, "collector");
        Assert.Equal("NEW", await StatusAsync(client, world.BobAccount, bob));

        var proposed = (await client.MutateAsync("proposePaymentPlan", "ProposePaymentPlanInput", "plan { id } account { status }",
            new { accountId = world.BobAccount, frequency = "MONTHLY", firstDueOn = Day(3), installmentCount = 6 }, bob)).Succeeded("proposePaymentPlan");
        Assert.Equal("PAYMENT_PLAN", proposed.GetProperty("account").GetProperty("status").GetString());
        Assert.Equal("PAYMENT_PLAN", await StatusAsync(client, world.BobAccount, bob));

        var promiseId = (await client.MutateAsync("recordPromise", "RecordPromiseInput", "promise { id }",
            new { accountId = world.BobAccount, payments = new[] { new { dueOn = Day(2), amount = 50 } } }, bob)).Succeeded("recordPromise")
            .GetProperty("promise").GetProperty("id").GetString();
        Assert.Equal("PAYMENT_PLAN", await StatusAsync(client, world.BobAccount, bob));

        (await client.MutateAsync("cancelPaymentPlan", "CancelPaymentPlanInput", "plan { status }",
            new { planId = proposed.GetProperty("plan").GetProperty("id").GetString(), reason = "Debtor lost the job" }, bob)).Succeeded("cancelPaymentPlan");
        Assert.Equal("PROMISED", await StatusAsync(client, world.BobAccount, bob));

        (await client.MutateAsync("cancelPromise", "CancelPromiseInput", "promise { status }", new { promiseId, reason = "Will call back" }, bob)).Succeeded("cancelPromise");
        Assert.Equal("ACTIVE", await StatusAsync(client, world.BobAccount, bob));
    }

    [Fact]
    public async Task A_plan_waiting_for_approval_leaves_the_status_until_a_supervisor_approves_it()
    {
        var world = await TestPortfolio.CreateAsync(api);
        using var client = api.CreateClient();
        var bob = Tokens.For(world.Bob, "collector");

        // 20.00 a month is below the creditor's minimum installment: it needs a supervisor.
        var planId = (await client.MutateAsync("proposePaymentPlan", "ProposePaymentPlanInput", "plan { id status }",
            new { accountId = world.BobAccount, frequency = "MONTHLY", firstDueOn = Day(1), installmentAmount = 20, requestApproval = true }, bob))
            .Succeeded("proposePaymentPlan").GetProperty("plan").GetProperty("id").GetString();
        Assert.Equal("NEW", await StatusAsync(client, world.BobAccount, bob));

        (await client.MutateAsync("approvePaymentPlan", "ApprovePaymentPlanInput", "plan { status }", new { planId }, Tokens.For(world.Sue, "supervisor")))
            .Succeeded("approvePaymentPlan");
        Assert.Equal("PAYMENT_PLAN", await StatusAsync(client, world.BobAccount, bob));
    }

    [Fact]
    public async Task A_timely_written_dispute_shows_disputed_and_stops_calls_until_verification_returns_the_account_to_its_plan()
    {
        var world = await TestPortfolio.CreateAsync(api);
        using var client = api.CreateClient();
        var cid = Tokens.For(world.Cid, "collector");
        var mobile = await MobileOfAsync(world.Debtor);
        // 10:00 in Portland tomorrow: inside calling hours.
        var at = new DateTimeOffset(DateTime.UtcNow.Date.AddDays(1).AddHours(18), TimeSpan.Zero);
        (await client.MutateAsync("proposePaymentPlan", "ProposePaymentPlanInput", "plan { id }",
            new { accountId = world.CidAccount, frequency = "MONTHLY", firstDueOn = Day(3), installmentCount = 5 }, cid)).Succeeded("proposePaymentPlan");
        var before = await client.PostGraphQLAsync(Eligibility, new { account = world.CidAccount, phone = mobile, at }, cid);
        Assert.True(before.Data("contactEligibility", "allowed").GetBoolean(), before.ToString());

        var disputed = (await client.MutateAsync("recordDispute", "RecordDisputeInput", "dispute { id } account { status } collectionOnHold",
            new { accountId = world.CidAccount, channel = "WRITTEN", reason = "WRONG_AMOUNT", summary = "Letter says the fees are wrong" }, cid)).Succeeded("recordDispute");
        Assert.Equal("DISPUTED", disputed.GetProperty("account").GetProperty("status").GetString());
        Assert.Equal("DISPUTED", await StatusAsync(client, world.CidAccount, cid));
        var held = await client.PostGraphQLAsync(Eligibility, new { account = world.CidAccount, phone = mobile, at }, cid);
        Assert.False(held.Data("contactEligibility", "allowed").GetBoolean());
        Assert.Contains("DISPUTE", held.Data("contactEligibility", "blockedBy").EnumerateArray().Select(b => b.GetProperty("ruleId").GetString()));

        (await client.MutateAsync("recordDisputeVerification", "RecordDisputeVerificationInput", "dispute { status }",
            new { disputeId = disputed.GetProperty("dispute").GetProperty("id").GetString(), summary = "Itemized statement mailed" }, cid)).Succeeded("recordDisputeVerification");
        Assert.Equal("PAYMENT_PLAN", await StatusAsync(client, world.CidAccount, cid));
        var after = await client.PostGraphQLAsync(Eligibility, new { account = world.CidAccount, phone = mobile, at }, cid);
        Assert.True(after.Data("contactEligibility", "allowed").GetBoolean(), after.ToString());
    }

    [Fact]
    public async Task An_oral_dispute_leaves_the_status_alone()
    {
        var world = await TestPortfolio.CreateAsync(api);
        using var client = api.CreateClient();
        var bob = Tokens.For(world.Bob, "collector");

        (await client.MutateAsync("recordDispute", "RecordDisputeInput", "dispute { id }",
            new { accountId = world.BobAccount, channel = "ORAL", reason = "WRONG_AMOUNT", summary = "Says the interest is wrong" }, bob)).Succeeded("recordDispute");

        Assert.Equal("NEW", await StatusAsync(client, world.BobAccount, bob));
    }

    [Fact]
    public async Task A_legal_referral_outranks_the_plan_until_it_is_withdrawn()
    {
        var world = await TestPortfolio.CreateAsync(api);
        using var client = api.CreateClient();
        var bob = Tokens.For(world.Bob, "collector");
        var sue = Tokens.For(world.Sue, "supervisor");
        (await client.MutateAsync("proposePaymentPlan", "ProposePaymentPlanInput", "plan { id }",
            new { accountId = world.BobAccount, frequency = "MONTHLY", firstDueOn = Day(3), installmentCount = 5 }, bob)).Succeeded("proposePaymentPlan");

        var referralId = (await client.MutateAsync("referToLegal", "ReferToLegalInput", "referral { id }",
            new { accountId = world.BobAccount, venue = "ATTORNEY", purpose = "SUIT", attorney = "J. Doe, Doe LLP", reason = "Large balance, assets found" }, sue))
            .Succeeded("referToLegal").GetProperty("referral").GetProperty("id").GetString();
        Assert.Equal("LEGAL", await StatusAsync(client, world.BobAccount, bob));

        (await client.MutateAsync("closeLegalReferral", "CloseLegalReferralInput", "referral { status }",
            new { referralId, outcome = "RECALLED", reason = "Creditor prefers the plan" }, sue)).Succeeded("closeLegalReferral");
        Assert.Equal("PAYMENT_PLAN", await StatusAsync(client, world.BobAccount, bob));
    }

    [Fact]
    public async Task A_plan_the_daily_job_breaks_returns_the_account_to_active()
    {
        var world = await TestPortfolio.CreateAsync(api);
        await ProposeInThePastAsync(world, PlanKind.Installments, null, daysAgo: 40, firstDueInDays: 5, installments: 7);
        using var client = api.CreateClient();
        var bob = Tokens.For(world.Bob, "collector");
        Assert.Equal("PAYMENT_PLAN", await StatusAsync(client, world.BobAccount, bob));

        await RunDailyJobAsync();

        Assert.Equal("ACTIVE", await StatusAsync(client, world.BobAccount, bob));
    }

    [Fact]
    public async Task A_settlement_whose_payment_the_daily_job_finds_kept_settles_the_account()
    {
        var world = await TestPortfolio.CreateAsync(api);
        await ProposeInThePastAsync(world, PlanKind.Settlement, 500m, daysAgo: 10, firstDueInDays: 2, installments: 1);
        using var client = api.CreateClient();
        var bob = Tokens.For(world.Bob, "collector");
        (await client.MutateAsync("recordPayment", "RecordPaymentInput", "payment { id }",
            new { accountId = world.BobAccount, amount = 500, effectiveOn = Day(-7), idempotencyKey = $"settle-{world.Suffix}" }, bob)).Succeeded("recordPayment");
        Assert.Equal("PAYMENT_PLAN", await StatusAsync(client, world.BobAccount, bob));

        await RunDailyJobAsync();

        Assert.Equal("SETTLED", await StatusAsync(client, world.BobAccount, bob));
    }

    [Fact]
    public async Task Paying_the_balance_in_full_closes_the_account_as_paid_whatever_plan_was_running()
    {
        var world = await TestPortfolio.CreateAsync(api);
        using var client = api.CreateClient();
        var bob = Tokens.For(world.Bob, "collector");
        (await client.MutateAsync("proposePaymentPlan", "ProposePaymentPlanInput", "plan { id }",
            new { accountId = world.BobAccount, frequency = "MONTHLY", firstDueOn = Day(0), installmentCount = 3 }, bob)).Succeeded("proposePaymentPlan");

        (await client.MutateAsync("recordPayment", "RecordPaymentInput", "payment { id }",
            new { accountId = world.BobAccount, amount = 735, idempotencyKey = $"full-{world.Suffix}" }, bob)).Succeeded("recordPayment");
        Assert.Equal("PAID_IN_FULL", await StatusAsync(client, world.BobAccount, bob));

        await RunDailyJobAsync();

        Assert.Equal("PAID_IN_FULL", await StatusAsync(client, world.BobAccount, bob));
        var plans = await client.PostGraphQLAsync("query($id: ID!) { account(id: $id) { paymentPlans { status } } }", new { id = world.BobAccount }, bob);
        Assert.Equal("COMPLETED", plans.Data("account", "paymentPlans")[0].GetProperty("status").GetString());
    }

    [Fact]
    public async Task An_NSF_reversal_of_the_payment_in_full_puts_the_account_back_on_its_running_plan()
    {
        var world = await TestPortfolio.CreateAsync(api);
        using var client = api.CreateClient();
        var bob = Tokens.For(world.Bob, "collector");
        (await client.MutateAsync("proposePaymentPlan", "ProposePaymentPlanInput", "plan { id }",
            new { accountId = world.BobAccount, frequency = "MONTHLY", firstDueOn = Day(5), installmentCount = 3 }, bob)).Succeeded("proposePaymentPlan");
        var paymentId = (await client.MutateAsync("recordPayment", "RecordPaymentInput", "payment { id } account { status }",
            new { accountId = world.BobAccount, amount = 735, idempotencyKey = $"nsf-full-{world.Suffix}" }, bob)).Succeeded("recordPayment")
            .GetProperty("payment").GetProperty("id").GetString();
        Assert.Equal("PAID_IN_FULL", await StatusAsync(client, world.BobAccount, bob));

        var reversed = (await client.MutateAsync("reversePayment", "ReversePaymentInput", "account { status balance }",
            new { accountId = world.BobAccount, paymentId, reason = "NSF" }, Tokens.For(world.Sue, "supervisor"))).Succeeded("reversePayment");

        Assert.Equal("PAYMENT_PLAN", reversed.GetProperty("account").GetProperty("status").GetString());
        Assert.Equal(735m, reversed.GetProperty("account").GetProperty("balance").GetDecimal());
        Assert.Equal("PAYMENT_PLAN", await StatusAsync(client, world.BobAccount, bob));
    }

    [Fact]
    public async Task An_NSF_reversal_of_the_settling_payment_unsettles_the_account_and_breaks_the_settlement()
    {
        var world = await TestPortfolio.CreateAsync(api);
        await ProposeInThePastAsync(world, PlanKind.Settlement, 500m, daysAgo: 10, firstDueInDays: 2, installments: 1);
        using var client = api.CreateClient();
        var bob = Tokens.For(world.Bob, "collector");
        var paymentId = (await client.MutateAsync("recordPayment", "RecordPaymentInput", "payment { id }",
            new { accountId = world.BobAccount, amount = 500, effectiveOn = Day(-7), idempotencyKey = $"settle-nsf-{world.Suffix}" }, bob)).Succeeded("recordPayment")
            .GetProperty("payment").GetProperty("id").GetString();
        await RunDailyJobAsync();
        Assert.Equal("SETTLED", await StatusAsync(client, world.BobAccount, bob));

        var reversed = (await client.MutateAsync("reversePayment", "ReversePaymentInput", "account { status paymentPlans { status } } arrangementsBroken",
            new { accountId = world.BobAccount, paymentId, reason = "NSF" }, Tokens.For(world.Sue, "supervisor"))).Succeeded("reversePayment");

        // The settlement's only installment was due eight days ago: unpaid now, it is broken and queued.
        Assert.Equal("ACTIVE", reversed.GetProperty("account").GetProperty("status").GetString());
        Assert.Equal("BROKEN", reversed.GetProperty("account").GetProperty("paymentPlans")[0].GetProperty("status").GetString());
        Assert.Equal(1, reversed.GetProperty("arrangementsBroken").GetInt32());
        Assert.Equal("ACTIVE", await StatusAsync(client, world.BobAccount, bob));
    }

    private async Task ProposeInThePastAsync(TestPortfolio world, PlanKind kind, decimal? settlement, int daysAgo, int firstDueInDays, int installments)
    {
        var agreed = DateTimeOffset.UtcNow.AddDays(-daysAgo);
        using var scope = api.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<DebtHubDbContext>();
        var account = await db.Accounts.Include(a => a.Holds).SingleAsync(a => a.Id == world.BobAccount);
        db.PaymentPlans.Add(PaymentPlan.Propose(account, CreditorRules.Default,
            new PlanRequest(kind, PaymentFrequency.Monthly, DateOnly.FromDateTime(agreed.UtcDateTime).AddDays(firstDueInDays), InstallmentCount: installments,
                SettlementAmount: settlement is { } s ? new Domain.Common.Money(s, "USD") : null),
            new Actor(world.Bob, CollectorRole.Collector), agreed));
        await db.SaveChangesAsync();
    }

    private async Task RunDailyJobAsync()
    {
        using var scope = api.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<ResolutionEvaluator>().EvaluateAsync(CancellationToken.None);
    }

    private async Task<Guid> MobileOfAsync(Guid debtorId)
    {
        using var scope = api.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<DebtHubDbContext>();
        return await db.DebtorPhones.Where(p => p.DebtorId == debtorId && p.Number == "+15035550101").Select(p => p.Id).SingleAsync();
    }

    private static async Task<string?> StatusAsync(HttpClient client, Guid accountId, string token)
    {
        var result = await client.PostGraphQLAsync("query($id: ID!) { account(id: $id) { status } }", new { id = accountId }, token);
        return result.Data("account", "status").GetString();
    }
}
