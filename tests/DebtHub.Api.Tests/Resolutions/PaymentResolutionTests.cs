using DebtHub.Api.Tests.Mutations;
using DebtHub.Api.Tests.Support;
using DebtHub.Domain.Accounts;
using DebtHub.Domain.Collectors;
using DebtHub.Domain.Creditors;
using DebtHub.Domain.Resolutions;
using DebtHub.Domain.Resolutions.Plans;
using DebtHub.Domain.Resolutions.Scheduling;
using DebtHub.Infrastructure.Persistence;
using DebtHub.Infrastructure.Resolutions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static DebtHub.Api.Tests.Resolutions.ResolutionTestSupport;

namespace DebtHub.Api.Tests.Resolutions;

public sealed class PaymentResolutionTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private const string Payment = "payment { id amount deltas { principal interest fees } } account { balance status }";

    [Fact]
    public async Task A_payment_pays_the_buckets_in_the_configured_order()
    {
        var world = await TestPortfolio.CreateAsync(api);
        using var principalFirst = api.WithWebHostBuilder(b => b
            .UseSetting("Payments:ApplicationOrder:0", "Principal").UseSetting("Payments:ApplicationOrder:1", "Interest").UseSetting("Payments:ApplicationOrder:2", "Fees"));
        using var defaultClient = api.CreateClient();
        using var configuredClient = principalFirst.CreateClient();
        var sue = Tokens.For(world.Sue, "supervisor");

        // Bob owes 700 principal, 25 interest, 10 fees; Cid 500, 25, 10.
        var byDefault = (await defaultClient.MutateAsync("recordPayment", "RecordPaymentInput", Payment,
            new { accountId = world.BobAccount, amount = 30, idempotencyKey = $"ord-d-{world.Suffix}" }, sue)).Succeeded("recordPayment");
        var configured = (await configuredClient.MutateAsync("recordPayment", "RecordPaymentInput", Payment,
            new { accountId = world.CidAccount, amount = 30, idempotencyKey = $"ord-c-{world.Suffix}" }, sue)).Succeeded("recordPayment");

        var d = byDefault.GetProperty("payment").GetProperty("deltas");
        Assert.Equal((0m, -20m, -10m), (d.GetProperty("principal").GetDecimal(), d.GetProperty("interest").GetDecimal(), d.GetProperty("fees").GetDecimal()));
        var c = configured.GetProperty("payment").GetProperty("deltas");
        Assert.Equal((-30m, 0m, 0m), (c.GetProperty("principal").GetDecimal(), c.GetProperty("interest").GetDecimal(), c.GetProperty("fees").GetDecimal()));
    }

    [Fact]
    public async Task An_NSF_reversal_reopens_the_balance_and_breaks_the_plan_the_payment_had_kept()
    {
        var world = await TestPortfolio.CreateAsync(api);
        var agreed = DateTimeOffset.UtcNow.AddDays(-20);
        var agreedOn = DateOnly.FromDateTime(agreed.UtcDateTime);
        Guid planId;
        using (var scope = api.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<DebtHubDbContext>();
            var account = await db.Accounts.Include(a => a.Holds).SingleAsync(a => a.Id == world.BobAccount);
            var plan = PaymentPlan.Propose(account, CreditorRules.Default,
                new PlanRequest(PlanKind.Installments, PaymentFrequency.Monthly, agreedOn.AddDays(2), InstallmentCount: 2),
                new Actor(world.Bob, CollectorRole.Collector), agreed);
            db.PaymentPlans.Add(plan);
            await db.SaveChangesAsync();
            planId = plan.Id;
        }

        using var client = api.CreateClient();
        var sue = Tokens.For(world.Sue, "supervisor");
        var paid = (await client.MutateAsync("recordPayment", "RecordPaymentInput", Payment,
            new { accountId = world.BobAccount, amount = 367.50m, effectiveOn = agreedOn.AddDays(1).ToString("yyyy-MM-dd"), idempotencyKey = $"nsf-{world.Suffix}" }, sue))
            .Succeeded("recordPayment");
        using (var scope = api.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<ResolutionEvaluator>().EvaluateAsync(CancellationToken.None);
        }

        Assert.Equal("KEPT", await InstallmentStatusAsync(client, world, 0));

        var reversal = (await client.MutateAsync("reversePayment", "ReversePaymentInput", "reversal { amount } account { balance } arrangementsBroken",
            new { accountId = world.BobAccount, paymentId = paid.GetProperty("payment").GetProperty("id").GetString(), reason = "NSF" }, sue)).Succeeded("reversePayment");

        Assert.Equal(735m, reversal.GetProperty("account").GetProperty("balance").GetDecimal());
        Assert.Equal(1, reversal.GetProperty("arrangementsBroken").GetInt32());
        Assert.Equal("BROKEN", await InstallmentStatusAsync(client, world, 0));
        var queue = await client.PostGraphQLAsync("{ workQueue { reason } }", token: Tokens.For(world.Bob, "collector"));
        Assert.Equal("BROKEN_PLAN", queue.Data("workQueue")[0].GetProperty("reason").GetString());
        using (var scope = api.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<DebtHubDbContext>();
            Assert.Equal(PlanStatus.Broken, (await db.PaymentPlans.SingleAsync(p => p.Id == planId)).Status);
        }
    }

    [Fact]
    public async Task A_refund_raises_the_balance_once_per_key_and_never_beyond_the_payment()
    {
        var world = await TestPortfolio.CreateAsync(api);
        using var client = api.CreateClient();
        var sue = Tokens.For(world.Sue, "supervisor");
        var paid = (await client.MutateAsync("recordPayment", "RecordPaymentInput", Payment,
            new { accountId = world.BobAccount, amount = 100, idempotencyKey = $"rf-pay-{world.Suffix}" }, sue)).Succeeded("recordPayment");
        var paymentId = paid.GetProperty("payment").GetProperty("id").GetString();
        var refund = new { accountId = world.BobAccount, paymentId, amount = "40.00", reason = "Overpaid", idempotencyKey = $"rf-{world.Suffix}" };
        const string Selection = "refund { id amount } account { balance } alreadyPosted";

        var first = (await client.MutateAsync("refundPayment", "RefundPaymentInput", Selection, refund, sue)).Succeeded("refundPayment");
        var retry = (await client.MutateAsync("refundPayment", "RefundPaymentInput", Selection, refund, sue)).Succeeded("refundPayment");
        var before = await DatabaseSnapshot.TakeAsync(api);
        var tooMuch = await client.MutateAsync("refundPayment", "RefundPaymentInput", Selection, refund with { amount = "60.01", idempotencyKey = $"rf2-{world.Suffix}" }, sue);
        var byCollector = await client.MutateAsync("refundPayment", "RefundPaymentInput", Selection, refund, Tokens.For(world.Bob, "collector"));

        Assert.Equal(40m, first.GetProperty("refund").GetProperty("amount").GetDecimal());
        Assert.Equal(675m, first.GetProperty("account").GetProperty("balance").GetDecimal());
        Assert.False(first.GetProperty("alreadyPosted").GetBoolean());
        Assert.True(retry.GetProperty("alreadyPosted").GetBoolean());
        Assert.Equal(first.GetProperty("refund").GetProperty("id").GetString(), retry.GetProperty("refund").GetProperty("id").GetString());
        Assert.Equal(675m, retry.GetProperty("account").GetProperty("balance").GetDecimal());
        Assert.Equal(["InvalidAmountError"], tooMuch.TypedErrors("refundPayment"));
        Assert.Equal(before, await DatabaseSnapshot.TakeAsync(api));
        Assert.Equal("AUTH_NOT_AUTHORIZED", byCollector.Code());
    }

    [Fact]
    public async Task A_payment_on_a_closed_account_is_a_typed_error_and_changes_nothing()
    {
        var world = await TestPortfolio.CreateAsync(api);
        using (var scope = api.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<DebtHubDbContext>();
            var account = await db.Accounts.SingleAsync(a => a.Id == world.BobAccount);
            account.ChangeStatus(AccountStatus.Closed);
            await db.SaveChangesAsync();
        }

        using var client = api.CreateClient();
        var before = await DatabaseSnapshot.TakeAsync(api);

        var result = await client.MutateAsync("recordPayment", "RecordPaymentInput", Payment,
            new { accountId = world.BobAccount, amount = 10, idempotencyKey = $"closed-{world.Suffix}" }, Tokens.For(world.Bob, "collector"));

        Assert.Equal(["ConflictError ACCOUNT_CLOSED"], result.TypedErrors("recordPayment"));
        Assert.Equal(before, await DatabaseSnapshot.TakeAsync(api));
    }

    private static async Task<string?> InstallmentStatusAsync(HttpClient client, TestPortfolio world, int index)
    {
        var result = await client.PostGraphQLAsync("query($id: ID!) { account(id: $id) { paymentPlans { installments { status } } } }",
            new { id = world.BobAccount }, Tokens.For(world.Bob, "collector"));
        return result.Data("account", "paymentPlans")[0].GetProperty("installments")[index].GetProperty("status").GetString();
    }
}
