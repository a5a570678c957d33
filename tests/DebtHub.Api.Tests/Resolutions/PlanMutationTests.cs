using DebtHub.Api.Tests.Mutations;
using DebtHub.Api.Tests.Support;
using static DebtHub.Api.Tests.Resolutions.ResolutionTestSupport;

namespace DebtHub.Api.Tests.Resolutions;

public sealed class PlanMutationTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private const string Plan = "plan { status kind totalAmount approvalReasons installments { sequence dueOn amount status } }";

    [Fact]
    public async Task A_weekly_plan_by_count_splits_the_balance_to_the_cent_and_starts_at_once()
    {
        var world = await TestPortfolio.CreateAsync(api);
        using var client = api.CreateClient();

        // 735.00 in 8: 73,500 cents is 9,187 each with 4 left over, one each to the first four installments.
        var result = await client.MutateAsync("proposePaymentPlan", "ProposePaymentPlanInput", Plan,
            new { accountId = world.BobAccount, frequency = "WEEKLY", firstDueOn = Day(3), installmentCount = 8 }, Tokens.For(world.Bob, "collector"));

        var plan = result.Succeeded("proposePaymentPlan").GetProperty("plan");
        Assert.Equal("ACTIVE", plan.GetProperty("status").GetString());
        var installments = plan.GetProperty("installments").EnumerateArray().ToList();
        Assert.Equal([91.88m, 91.88m, 91.88m, 91.88m, 91.87m, 91.87m, 91.87m, 91.87m], installments.Select(i => i.GetProperty("amount").GetDecimal()));
        Assert.Equal(735.00m, installments.Sum(i => i.GetProperty("amount").GetDecimal()));
        Assert.Equal(Day(3 + 7 * 7), installments[^1].GetProperty("dueOn").GetString());
    }

    [Fact]
    public async Task A_biweekly_plan_by_amount_puts_the_remainder_in_the_last_installment()
    {
        var world = await TestPortfolio.CreateAsync(api);
        using var client = api.CreateClient();

        var result = await client.MutateAsync("proposePaymentPlan", "ProposePaymentPlanInput", Plan,
            new { accountId = world.BobAccount, frequency = "BIWEEKLY", firstDueOn = Day(1), installmentAmount = "200.00" }, Tokens.For(world.Bob, "collector"));

        var installments = result.Succeeded("proposePaymentPlan").GetProperty("plan").GetProperty("installments").EnumerateArray().ToList();
        Assert.Equal([200m, 200m, 200m, 135m], installments.Select(i => i.GetProperty("amount").GetDecimal()));
        Assert.Equal([Day(1), Day(15), Day(29), Day(43)], installments.Select(i => i.GetProperty("dueOn").GetString()));
    }

    [Theory]
    [InlineData("0", "InvalidAmountError installmentAmount")]
    [InlineData("-10", "InvalidAmountError installmentAmount")]
    [InlineData("abc", "InvalidAmountError installmentAmount")]
    [InlineData("10.001", "InvalidAmountError installmentAmount")]
    public async Task Impossible_installment_amounts_are_typed_errors_and_change_nothing(string amount, string expected)
    {
        var world = await TestPortfolio.CreateAsync(api);
        using var client = api.CreateClient();
        var before = await ResolutionSnapshot.TakeAsync(api);

        var result = await client.MutateAsync("proposePaymentPlan", "ProposePaymentPlanInput", Plan,
            new { accountId = world.BobAccount, frequency = "MONTHLY", firstDueOn = Day(1), installmentAmount = amount }, Tokens.For(world.Bob, "collector"));

        Assert.Equal([expected], result.TypedErrors("proposePaymentPlan"));
        Assert.Equal(before, await ResolutionSnapshot.TakeAsync(api));
    }

    [Fact]
    public async Task A_first_due_date_in_the_past_and_a_zero_count_are_refused_together()
    {
        var world = await TestPortfolio.CreateAsync(api);
        using var client = api.CreateClient();
        var before = await ResolutionSnapshot.TakeAsync(api);

        var result = await client.MutateAsync("proposePaymentPlan", "ProposePaymentPlanInput", Plan,
            new { accountId = world.BobAccount, frequency = "MONTHLY", firstDueOn = Day(-1), installmentCount = 0 }, Tokens.For(world.Bob, "collector"));

        Assert.Equal(["InvalidValueError firstDueOn", "InvalidValueError installmentCount"], result.TypedErrors("proposePaymentPlan"));
        Assert.Equal(before, await ResolutionSnapshot.TakeAsync(api));
    }

    [Fact]
    public async Task A_plan_beyond_the_guardrails_is_refused_unless_sent_for_approval_and_then_a_supervisor_approves_it()
    {
        var world = await TestPortfolio.CreateAsync(api);
        using var client = api.CreateClient();
        var bob = Tokens.For(world.Bob, "collector");
        var before = await ResolutionSnapshot.TakeAsync(api);
        // 20.00 a month is below the creditor's 25.00 minimum, and 37 months is beyond its 24-month term.
        var input = new Dictionary<string, object?> { ["accountId"] = world.BobAccount, ["frequency"] = "MONTHLY", ["firstDueOn"] = Day(1), ["installmentAmount"] = 20 };

        var refused = await client.MutateAsync("proposePaymentPlan", "ProposePaymentPlanInput", Plan, input, bob);
        Assert.Equal(["ConflictError OUTSIDE_GUARDRAILS"], refused.TypedErrors("proposePaymentPlan"));
        Assert.Equal(before, await ResolutionSnapshot.TakeAsync(api));

        input["requestApproval"] = true;
        var pending = (await client.MutateAsync("proposePaymentPlan", "ProposePaymentPlanInput", "plan { id status approvalReasons }", input, bob))
            .Succeeded("proposePaymentPlan").GetProperty("plan");
        Assert.Equal("PENDING_APPROVAL", pending.GetProperty("status").GetString());
        Assert.Equal(2, pending.GetProperty("approvalReasons").GetArrayLength());
        var planId = pending.GetProperty("id").GetString();

        var byCollector = await client.MutateAsync("approvePaymentPlan", "ApprovePaymentPlanInput", "plan { status }", new { planId }, bob);
        Assert.Equal("AUTH_NOT_AUTHORIZED", byCollector.Code());

        var approved = await client.MutateAsync("approvePaymentPlan", "ApprovePaymentPlanInput", "plan { status decidedBy }",
            new { planId, note = "Hardship documented" }, Tokens.For(world.Sue, "supervisor"));
        var plan = approved.Succeeded("approvePaymentPlan").GetProperty("plan");
        Assert.Equal("ACTIVE", plan.GetProperty("status").GetString());
        Assert.Equal(world.Sue, plan.GetProperty("decidedBy").GetString());

        var again = await client.MutateAsync("approvePaymentPlan", "ApprovePaymentPlanInput", "plan { status }", new { planId }, Tokens.For(world.Sue, "supervisor"));
        Assert.Equal(["ConflictError PLAN_NOT_PENDING"], again.TypedErrors("approvePaymentPlan"));

        var cancelled = await client.MutateAsync("cancelPaymentPlan", "CancelPaymentPlanInput", "plan { status }", new { planId, reason = "Debtor asked" }, bob);
        Assert.Equal("CANCELLED", cancelled.Succeeded("cancelPaymentPlan").GetProperty("plan").GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_settlement_below_the_floor_needs_approval_and_one_above_it_starts_at_once()
    {
        var world = await TestPortfolio.CreateAsync(api);
        using var client = api.CreateClient();
        var bob = Tokens.For(world.Bob, "collector");

        // The floor is 60% of 735.00: 441.00.
        var low = await client.MutateAsync("offerSettlement", "OfferSettlementInput", Plan,
            new { accountId = world.BobAccount, amount = 400, firstDueOn = Day(2) }, bob);
        var high = await client.MutateAsync("offerSettlement", "OfferSettlementInput", Plan,
            new { accountId = world.CidAccount, amount = 450, firstDueOn = Day(2), installmentCount = 3 }, Tokens.For(world.Cid, "collector"));

        var refused = low.TypedErrors("offerSettlement");
        Assert.Equal(["ConflictError OUTSIDE_GUARDRAILS"], refused);
        var plan = high.Succeeded("offerSettlement").GetProperty("plan");
        Assert.Equal("SETTLEMENT", plan.GetProperty("kind").GetString());
        Assert.Equal("ACTIVE", plan.GetProperty("status").GetString());
        Assert.Equal([150m, 150m, 150m], plan.GetProperty("installments").EnumerateArray().Select(i => i.GetProperty("amount").GetDecimal()));
    }

    [Fact]
    public async Task No_plan_or_promise_while_a_timely_written_dispute_holds_collection()
    {
        var world = await TestPortfolio.CreateAsync(api);
        using var client = api.CreateClient();
        var ann = Tokens.For(world.Ann, "collector");

        var plan = await client.MutateAsync("proposePaymentPlan", "ProposePaymentPlanInput", Plan,
            new { accountId = world.AnnAccount, frequency = "MONTHLY", firstDueOn = Day(1), installmentCount = 3 }, ann);
        var promise = await client.MutateAsync("recordPromise", "RecordPromiseInput", "promise { id }",
            new { accountId = world.AnnAccount, payments = new[] { new { dueOn = Day(1), amount = 50 } } }, ann);

        Assert.Equal(["ConflictError DISPUTE_PENDING"], plan.TypedErrors("proposePaymentPlan"));
        Assert.Equal(["ConflictError DISPUTE_PENDING"], promise.TypedErrors("recordPromise"));
    }

    [Fact]
    public async Task Promises_to_pay_take_several_payments_and_refuse_past_dates_and_more_than_the_balance()
    {
        var world = await TestPortfolio.CreateAsync(api);
        using var client = api.CreateClient();
        var bob = Tokens.For(world.Bob, "collector");

        var taken = await client.MutateAsync("recordPromise", "RecordPromiseInput", "promise { status totalAmount payments { dueOn amount } }",
            new { accountId = world.BobAccount, payments = new[] { new { dueOn = Day(10), amount = 100m }, new { dueOn = Day(3), amount = 50.5m } } }, bob);
        var past = await client.MutateAsync("recordPromise", "RecordPromiseInput", "promise { id }",
            new { accountId = world.BobAccount, payments = new[] { new { dueOn = Day(-2), amount = 10m } } }, bob);
        var tooMuch = await client.MutateAsync("recordPromise", "RecordPromiseInput", "promise { id }",
            new { accountId = world.BobAccount, payments = new[] { new { dueOn = Day(2), amount = 800m } } }, bob);

        var promise = taken.Succeeded("recordPromise").GetProperty("promise");
        Assert.Equal(150.50m, promise.GetProperty("totalAmount").GetDecimal());
        Assert.Equal([Day(3), Day(10)], promise.GetProperty("payments").EnumerateArray().Select(p => p.GetProperty("dueOn").GetString()));
        Assert.Equal(["InvalidValueError payments.0.dueOn"], past.TypedErrors("recordPromise"));
        Assert.Equal(["ConflictError OVERPAYMENT"], tooMuch.TypedErrors("recordPromise"));
    }

    [Fact]
    public async Task A_collector_cannot_plan_on_another_teams_account()
    {
        var world = await TestPortfolio.CreateAsync(api);
        using var client = api.CreateClient();

        var result = await client.MutateAsync("proposePaymentPlan", "ProposePaymentPlanInput", Plan,
            new { accountId = world.CidAccount, frequency = "MONTHLY", firstDueOn = Day(1), installmentCount = 3 }, Tokens.For(world.Bob, "collector"));

        Assert.Equal(["NotFoundError accountId"], result.TypedErrors("proposePaymentPlan"));
    }
}
