using System.Text.Json;
using DebtHub.Api.Tests.Mutations;
using DebtHub.Api.Tests.Support;
using DebtHub.Domain.Accounts;
using DebtHub.Domain.Common;
using DebtHub.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static DebtHub.Api.Tests.Resolutions.ResolutionTestSupport;

namespace DebtHub.Api.Tests.Resolutions;

/// <summary>
/// Issue 10 §7 end to end: impossible plans, settlements and promises, and arrangements or payments on finished accounts,
/// each answered with its typed error while every row, status and balance stays as it was.
/// </summary>
public sealed class ImpossibleArrangementTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    /// <summary>Bob's account owes 735.00 (700 principal, 25 interest, 10 fees); the creditor's guardrails are the defaults.</summary>
    [Theory]
    // Plans: counts, grace, dates, exactly one way to size it, and a term no supervisor may approve.
    [InlineData("proposePaymentPlan", """{"frequency":"MONTHLY","firstDueOn":"D+1","installmentCount":0}""", "InvalidValueError installmentCount")]
    [InlineData("proposePaymentPlan", """{"frequency":"MONTHLY","firstDueOn":"D+1","installmentCount":-3}""", "InvalidValueError installmentCount")]
    [InlineData("proposePaymentPlan", """{"frequency":"WEEKLY","firstDueOn":"D+1","installmentCount":521}""", "InvalidValueError installmentCount")]
    [InlineData("proposePaymentPlan", """{"frequency":"MONTHLY","firstDueOn":"D-1","installmentCount":3}""", "InvalidValueError firstDueOn")]
    [InlineData("proposePaymentPlan", """{"frequency":"MONTHLY","firstDueOn":"D+1","installmentCount":3,"installmentAmount":100}""", "RequiredFieldError installmentCount")]
    [InlineData("proposePaymentPlan", """{"frequency":"MONTHLY","firstDueOn":"D+1"}""", "RequiredFieldError installmentCount")]
    [InlineData("proposePaymentPlan", """{"frequency":"MONTHLY","firstDueOn":"D+1","installmentCount":3,"graceDays":16}""", "InvalidValueError graceDays")]
    [InlineData("proposePaymentPlan", """{"frequency":"MONTHLY","firstDueOn":"D+1","installmentCount":3,"graceDays":-1}""", "InvalidValueError graceDays")]
    [InlineData("proposePaymentPlan", """{"frequency":"MONTHLY","firstDueOn":"D+1","installmentAmount":"-50"}""", "InvalidAmountError installmentAmount")]
    [InlineData("proposePaymentPlan", """{"frequency":"MONTHLY","firstDueOn":"D+1","installmentAmount":5,"requestApproval":true}""", "InvalidValueError TERM_TOO_LONG")]
    [InlineData("proposePaymentPlan", """{"frequency":"MONTHLY","firstDueOn":"D+1","installmentCount":36}""", "ConflictError OUTSIDE_GUARDRAILS")]
    // Settlements: strictly between zero and the balance.
    [InlineData("offerSettlement", """{"amount":0,"firstDueOn":"D+1"}""", "InvalidAmountError amount")]
    [InlineData("offerSettlement", """{"amount":"-100","firstDueOn":"D+1"}""", "InvalidAmountError amount")]
    [InlineData("offerSettlement", """{"amount":735,"firstDueOn":"D+1"}""", "InvalidAmountError")]
    [InlineData("offerSettlement", """{"amount":900,"firstDueOn":"D+1"}""", "InvalidAmountError")]
    [InlineData("offerSettlement", """{"amount":500,"firstDueOn":"D-3"}""", "InvalidValueError firstDueOn")]
    [InlineData("offerSettlement", """{"amount":500,"firstDueOn":"D+1","installmentCount":0}""", "InvalidValueError installmentCount")]
    // Promises: one to twelve positive payments on different days, no more than the balance.
    [InlineData("recordPromise", """{"payments":[{"dueOn":"D+2","amount":0}]}""", "InvalidAmountError payments.0.amount")]
    [InlineData("recordPromise", """{"payments":[{"dueOn":"D+2","amount":"-20"}]}""", "InvalidAmountError payments.0.amount")]
    [InlineData("recordPromise", """{"payments":[]}""", "InvalidValueError payments")]
    [InlineData("recordPromise", """{"payments":[{"dueOn":"D+2","amount":10},{"dueOn":"D+2","amount":10}]}""", "InvalidValueError INVALID_PROMISE")]
    [InlineData("recordPromise", """{"payments":[{"dueOn":"D+2","amount":10}],"graceDays":20}""", "InvalidValueError INVALID_GRACE_DAYS")]
    [InlineData("recordPromise", """{"payments":[{"dueOn":"D+2","amount":500},{"dueOn":"D+9","amount":300}]}""", "ConflictError OVERPAYMENT")]
    public async Task An_impossible_arrangement_is_a_typed_error_and_changes_nothing(string mutation, string input, string expected)
    {
        var world = await TestPortfolio.CreateAsync(api);
        using var client = api.CreateClient();
        var before = await ResolutionSnapshot.TakeAsync(api);

        var result = await client.MutateAsync(mutation, InputType(mutation), Selection(mutation), Input(input, world.BobAccount), Tokens.For(world.Bob, "collector"));

        Assert.Equal(expected.Split('|'), result.TypedErrors(mutation));
        Assert.Equal(before, await ResolutionSnapshot.TakeAsync(api));
    }

    [Theory]
    [InlineData("proposePaymentPlan", """{"frequency":"MONTHLY","firstDueOn":"D+1","installmentCount":3}""")]
    [InlineData("offerSettlement", """{"amount":100,"firstDueOn":"D+1"}""")]
    [InlineData("recordPromise", """{"payments":[{"dueOn":"D+2","amount":10}]}""")]
    public async Task Nothing_is_arranged_on_a_closed_or_paid_account(string mutation, string input)
    {
        var world = await TestPortfolio.CreateAsync(api);
        await FinishAsync(world);
        using var client = api.CreateClient();
        var before = await ResolutionSnapshot.TakeAsync(api);

        var onClosed = await client.MutateAsync(mutation, InputType(mutation), Selection(mutation), Input(input, world.CidAccount), Tokens.For(world.Cid, "collector"));
        var onPaid = await client.MutateAsync(mutation, InputType(mutation), Selection(mutation), Input(input, world.BobAccount), Tokens.For(world.Bob, "collector"));

        Assert.Equal(["ConflictError ACCOUNT_FINISHED"], onClosed.TypedErrors(mutation));
        Assert.Equal(["ConflictError ACCOUNT_FINISHED"], onPaid.TypedErrors(mutation));
        Assert.Equal(before, await ResolutionSnapshot.TakeAsync(api));
    }

    [Fact]
    public async Task Payments_on_closed_and_paid_accounts_are_typed_errors_and_change_nothing()
    {
        var world = await TestPortfolio.CreateAsync(api);
        await FinishAsync(world);
        using var client = api.CreateClient();
        var before = await ResolutionSnapshot.TakeAsync(api);
        var ledger = await DatabaseSnapshot.TakeAsync(api);

        var onClosed = await client.MutateAsync("recordPayment", "RecordPaymentInput", "payment { id }",
            new { accountId = world.CidAccount, amount = 10, idempotencyKey = $"closed-{world.Suffix}" }, Tokens.For(world.Cid, "collector"));
        var onPaid = await client.MutateAsync("recordPayment", "RecordPaymentInput", "payment { id }",
            new { accountId = world.BobAccount, amount = 10, idempotencyKey = $"paid-{world.Suffix}" }, Tokens.For(world.Bob, "collector"));
        var account = await client.PostGraphQLAsync("query($id: ID!) { account(id: $id) { status balance } }", new { id = world.CidAccount }, Tokens.For(world.Cid, "collector"));

        Assert.Equal(["ConflictError ACCOUNT_CLOSED"], onClosed.TypedErrors("recordPayment"));
        Assert.Equal(["ConflictError OVERPAYMENT"], onPaid.TypedErrors("recordPayment"));
        Assert.Equal("CLOSED", account.Data("account", "status").GetString());
        Assert.Equal(535m, account.Data("account", "balance").GetDecimal());
        Assert.Equal(before, await ResolutionSnapshot.TakeAsync(api));
        Assert.Equal(ledger, await DatabaseSnapshot.TakeAsync(api));
    }

    /// <summary>Cid's account is recalled (closed) with 535.00 owing; Bob's 735.00 is paid in full.</summary>
    private async Task FinishAsync(TestPortfolio world)
    {
        using var scope = api.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<DebtHubDbContext>();
        (await db.Accounts.SingleAsync(a => a.Id == world.CidAccount)).ChangeStatus(AccountStatus.Closed);
        (await db.Accounts.SingleAsync(a => a.Id == world.BobAccount)).PostPayment(
            new Money(735m, "USD"), Today, $"full-{world.Suffix}", PaymentApplicationOrder.Default, world.Bob, DateTimeOffset.UtcNow);
        await db.SaveChangesAsync();
    }

    private static string InputType(string mutation) => char.ToUpperInvariant(mutation[0]) + mutation[1..] + "Input";

    private static string Selection(string mutation) => mutation == "recordPromise" ? "promise { id }" : "plan { id }";

    /// <summary>The JSON input with the account and its dates ("D+1" is tomorrow) filled in.</summary>
    private static Dictionary<string, object?> Input(string json, Guid accountId)
    {
        var input = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(json)!.ToDictionary(p => p.Key, p => (object?)Resolve(p.Value));
        input["accountId"] = accountId;
        return input;
    }

    private static object? Resolve(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String when value.GetString() is { } text && text.StartsWith('D') && int.TryParse(text[1..], out var days) => Day(days),
        JsonValueKind.Array => value.EnumerateArray().Select(Resolve).ToArray(),
        JsonValueKind.Object => value.EnumerateObject().ToDictionary(p => p.Name, p => Resolve(p.Value)),
        _ => value,
    };
}
