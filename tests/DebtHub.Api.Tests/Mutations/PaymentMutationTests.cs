using System.Text.Json;
using DebtHub.Api.Tests.Support;
using DebtHub.Domain.Accounts;
using DebtHub.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DebtHub.Api.Tests.Mutations;

public sealed class PaymentMutationTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private const string RecordPayment = $$"""
        mutation Pay($input: RecordPaymentInput!) {
          recordPayment(input: $input) {
            payment { id kind amount effectiveOn postedBy }
            account { id balance }
            alreadyPosted
            {{MutationAssertions.Errors}}
          }
        }
        """;

    private const string ReversePayment = $$"""
        mutation Reverse($input: ReversePaymentInput!) {
          reversePayment(input: $input) { reversal { id kind amount relatedTransactionId } account { balance status } {{MutationAssertions.Errors}} }
        }
        """;

    private const string AdjustBalance = $$"""
        mutation Adjust($input: AdjustBalanceInput!) {
          adjustBalance(input: $input) { adjustment { kind amount reason } account { balance } {{MutationAssertions.Errors}} }
        }
        """;

    [Fact]
    public async Task A_collector_records_a_payment_on_their_account_and_the_balance_drops_by_it()
    {
        var world = await TestPortfolio.CreateAsync(api);
        using var client = api.CreateClient();
        var before = await BalanceAsync(world.AnnAccount);

        var result = await client.PostGraphQLAsync(RecordPayment,
            new { input = new { accountId = world.AnnAccount.ToString(), amount = 125.50m, idempotencyKey = $"k-{world.Suffix}" } },
            Tokens.For(world.Ann, "collector"));

        var payload = result.Succeeded("recordPayment");
        Assert.Equal("PAYMENT", payload.GetProperty("payment").GetProperty("kind").GetString());
        Assert.Equal(-125.50m, payload.GetProperty("payment").GetProperty("amount").GetDecimal());
        Assert.Equal(world.Ann, payload.GetProperty("payment").GetProperty("postedBy").GetString());
        Assert.False(payload.GetProperty("alreadyPosted").GetBoolean());
        Assert.Equal(before - 125.50m, payload.GetProperty("account").GetProperty("balance").GetDecimal());
        Assert.Equal(before - 125.50m, await BalanceAsync(world.AnnAccount));
        var audit = await AuditAsync(world.AnnAccount, "account.payment.posted");
        Assert.Equal(world.Ann, audit.Actor);
        Assert.DoesNotContain("125", audit.Details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_idempotency_key_twice_posts_one_payment_and_says_so()
    {
        var world = await TestPortfolio.CreateAsync(api);
        using var client = api.CreateClient();
        var input = new { input = new { accountId = world.AnnAccount.ToString(), amount = 40, idempotencyKey = $"twice-{world.Suffix}" } };
        var token = Tokens.For(world.Ann, "collector");

        var first = (await client.PostGraphQLAsync(RecordPayment, input, token)).Succeeded("recordPayment");
        var snapshot = await DatabaseSnapshot.TakeAsync(api);
        var second = (await client.PostGraphQLAsync(RecordPayment, input, token)).Succeeded("recordPayment");

        Assert.True(second.GetProperty("alreadyPosted").GetBoolean());
        Assert.Equal(first.GetProperty("payment").GetProperty("id").GetString(), second.GetProperty("payment").GetProperty("id").GetString());
        Assert.Equal(snapshot, await DatabaseSnapshot.TakeAsync(api));
    }

    [Theory]
    [InlineData("-10", "InvalidAmountError amount")]
    [InlineData("0", "InvalidAmountError amount")]
    [InlineData("0.001", "InvalidAmountError amount")]
    [InlineData("100000000000", "InvalidAmountError amount")]
    [InlineData("79228162514264337593543950335", "InvalidAmountError amount")]
    public async Task Negative_zero_fractional_cent_and_absurd_amounts_are_typed_errors_that_change_nothing(string amount, string expected)
    {
        var world = await TestPortfolio.CreateAsync(api);
        using var client = api.CreateClient();
        var before = await DatabaseSnapshot.TakeAsync(api);

        var result = await client.PostGraphQLAsync(RecordPayment,
            new { input = new { accountId = world.AnnAccount.ToString(), amount = decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), idempotencyKey = $"bad-{world.Suffix}" } },
            Tokens.For(world.Ann, "collector"));

        Assert.Equal([expected], result.TypedErrors("recordPayment"));
        Assert.Equal(JsonValueKind.Null, result.Payload("recordPayment").GetProperty("payment").ValueKind);
        Assert.Equal(before, await DatabaseSnapshot.TakeAsync(api));
    }

    [Theory]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("12,5x")]
    [InlineData("")]
    public async Task An_amount_that_is_not_a_number_is_a_typed_error_in_the_payload_and_changes_nothing(string amount)
    {
        var world = await TestPortfolio.CreateAsync(api);
        using var client = api.CreateClient();
        var before = await DatabaseSnapshot.TakeAsync(api);

        var result = await client.PostGraphQLAsync(RecordPayment,
            new { input = new { accountId = world.AnnAccount.ToString(), amount, idempotencyKey = $"nan-{world.Suffix}" } }, Tokens.For(world.Ann, "collector"));

        Assert.Equal(["InvalidAmountError amount"], result.TypedErrors("recordPayment"));
        Assert.Equal(before, await DatabaseSnapshot.TakeAsync(api));
    }

    [Fact]
    public async Task An_amount_given_as_a_numeric_string_posts_exactly()
    {
        var world = await TestPortfolio.CreateAsync(api);
        using var client = api.CreateClient();

        var result = await client.PostGraphQLAsync(RecordPayment,
            new { input = new { accountId = world.AnnAccount.ToString(), amount = "125.50", idempotencyKey = $"str-{world.Suffix}" } }, Tokens.For(world.Ann, "collector"));

        Assert.Equal(-125.50m, result.Succeeded("recordPayment").GetProperty("payment").GetProperty("amount").GetDecimal());
    }

    [Fact]
    public async Task A_non_numeric_adjustment_is_a_typed_error_naming_the_bucket()
    {
        var world = await TestPortfolio.CreateAsync(api);
        using var client = api.CreateClient();
        var before = await DatabaseSnapshot.TakeAsync(api);

        var result = await client.PostGraphQLAsync("""
            mutation($input: AdjustBalanceInput!) { adjustBalance(input: $input) { adjustment { id } errors { __typename ... on Error { message } ... on InputError { field } } } }
            """, new { input = new { accountId = world.BobAccount.ToString(), fees = "ten", reason = "Fee waived" } }, Tokens.For(world.Sue, "supervisor"));

        Assert.Equal(["InvalidAmountError fees"], result.TypedErrors("adjustBalance"));
        Assert.Equal(before, await DatabaseSnapshot.TakeAsync(api));
    }

    [Fact]
    public async Task Unknown_and_malformed_account_ids_are_not_found_errors_naming_the_field()
    {
        var world = await TestPortfolio.CreateAsync(api);
        using var client = api.CreateClient();
        var token = Tokens.For(world.Sue, "supervisor");
        var before = await DatabaseSnapshot.TakeAsync(api);

        var unknown = await client.PostGraphQLAsync(RecordPayment,
            new { input = new { accountId = Guid.NewGuid().ToString(), amount = 5, idempotencyKey = $"u-{world.Suffix}" } }, token);
        var malformed = await client.PostGraphQLAsync(RecordPayment,
            new { input = new { accountId = "'; drop table accounts; --", amount = 5, idempotencyKey = $"m-{world.Suffix}" } }, token);
        var wrongType = await client.PostGraphQLAsync(RecordPayment,
            new { input = new { accountId = NodeId("Debtor", world.Debtor), amount = 5, idempotencyKey = $"w-{world.Suffix}" } }, token);

        Assert.Equal(["NotFoundError accountId"], unknown.TypedErrors("recordPayment"));
        Assert.Equal(["NotFoundError accountId"], malformed.TypedErrors("recordPayment"));
        Assert.Equal(["NotFoundError accountId"], wrongType.TypedErrors("recordPayment"));
        Assert.Equal(before, await DatabaseSnapshot.TakeAsync(api));
    }

    [Fact]
    public async Task An_opaque_account_id_from_the_query_api_is_accepted()
    {
        var world = await TestPortfolio.CreateAsync(api);
        using var client = api.CreateClient();

        var result = await client.PostGraphQLAsync(RecordPayment,
            new { input = new { accountId = NodeId("Account", world.AnnAccount), amount = 1, idempotencyKey = $"o-{world.Suffix}" } },
            Tokens.For(world.Ann, "collector"));

        Assert.Equal(NodeId("Account", world.AnnAccount), result.Succeeded("recordPayment").GetProperty("account").GetProperty("id").GetString());
    }

    [Fact]
    public async Task A_collector_cannot_pay_into_another_teams_account_and_learns_nothing_about_it()
    {
        var world = await TestPortfolio.CreateAsync(api);
        using var client = api.CreateClient();
        var before = await DatabaseSnapshot.TakeAsync(api);

        var result = await client.PostGraphQLAsync(RecordPayment,
            new { input = new { accountId = world.CidAccount.ToString(), amount = 10, idempotencyKey = $"x-{world.Suffix}" } },
            Tokens.For(world.Ann, "collector"));

        Assert.Equal(["NotFoundError accountId"], result.TypedErrors("recordPayment"));
        Assert.Equal(before, await DatabaseSnapshot.TakeAsync(api));
    }

    [Fact]
    public async Task A_collector_may_pay_into_a_teammates_account()
    {
        var world = await TestPortfolio.CreateAsync(api);
        using var client = api.CreateClient();

        var result = await client.PostGraphQLAsync(RecordPayment,
            new { input = new { accountId = world.BobAccount.ToString(), amount = 10, idempotencyKey = $"team-{world.Suffix}" } },
            Tokens.For(world.Ann, "collector"));

        result.Succeeded("recordPayment");
    }

    [Fact]
    public async Task Without_a_token_a_mutation_is_refused_and_nothing_is_written()
    {
        var world = await TestPortfolio.CreateAsync(api);
        using var client = api.CreateClient();
        var before = await DatabaseSnapshot.TakeAsync(api);

        var result = await client.PostGraphQLAsync(RecordPayment,
            new { input = new { accountId = world.AnnAccount.ToString(), amount = 10, idempotencyKey = $"anon-{world.Suffix}" } });

        Assert.Equal("AUTH_NOT_AUTHENTICATED", result.Code());
        Assert.Equal(before, await DatabaseSnapshot.TakeAsync(api));
    }

    [Fact]
    public async Task A_supervisor_reverses_a_payment_once_and_a_second_reversal_is_a_conflict()
    {
        var world = await TestPortfolio.CreateAsync(api);
        using var client = api.CreateClient();
        var token = Tokens.For(world.Sue, "supervisor");
        var paid = (await client.PostGraphQLAsync(RecordPayment,
            new { input = new { accountId = world.AnnAccount.ToString(), amount = 60, idempotencyKey = $"r-{world.Suffix}" } }, token)).Succeeded("recordPayment");
        var paymentId = paid.GetProperty("payment").GetProperty("id").GetString();
        var balanceAfterPayment = await BalanceAsync(world.AnnAccount);
        var input = new { input = new { accountId = world.AnnAccount.ToString(), paymentId, reason = "NSF: returned by the bank" } };

        var reversal = (await client.PostGraphQLAsync(ReversePayment, input, token)).Succeeded("reversePayment");
        var afterFirst = await DatabaseSnapshot.TakeAsync(api);
        var again = await client.PostGraphQLAsync(ReversePayment, input, token);

        Assert.Equal("REVERSAL", reversal.GetProperty("reversal").GetProperty("kind").GetString());
        Assert.Equal(60m, reversal.GetProperty("reversal").GetProperty("amount").GetDecimal());
        Assert.Equal(balanceAfterPayment + 60m, await BalanceAsync(world.AnnAccount));
        Assert.Equal(["ConflictError ALREADY_REVERSED"], again.TypedErrors("reversePayment"));
        Assert.Equal(afterFirst, await DatabaseSnapshot.TakeAsync(api));
    }

    [Fact]
    public async Task Reversing_something_that_is_not_a_payment_of_the_account_is_not_found()
    {
        var world = await TestPortfolio.CreateAsync(api);
        using var client = api.CreateClient();
        var before = await DatabaseSnapshot.TakeAsync(api);

        var result = await client.PostGraphQLAsync(ReversePayment,
            new { input = new { accountId = world.CidAccount.ToString(), paymentId = Guid.NewGuid().ToString(), reason = "NSF" } },
            Tokens.For(world.Sue, "supervisor"));

        Assert.Equal(["NotFoundError paymentId"], result.TypedErrors("reversePayment"));
        Assert.Equal(before, await DatabaseSnapshot.TakeAsync(api));
    }

    [Fact]
    public async Task A_supervisor_adjusts_a_balance_with_a_reason_and_the_ledger_still_sums_to_the_balance()
    {
        var world = await TestPortfolio.CreateAsync(api);
        using var client = api.CreateClient();
        var before = await BalanceAsync(world.CidAccount);

        var result = await client.PostGraphQLAsync(AdjustBalance,
            new { input = new { accountId = world.CidAccount.ToString(), interest = -25m, fees = -10m, reason = "Waived on settlement review" } },
            Tokens.For(world.Sue, "supervisor"));

        var payload = result.Succeeded("adjustBalance");
        Assert.Equal("ADJUSTMENT", payload.GetProperty("adjustment").GetProperty("kind").GetString());
        Assert.Equal(before - 35m, payload.GetProperty("account").GetProperty("balance").GetDecimal());
        var snapshot = await DatabaseSnapshot.TakeAsync(api);
        Assert.Equal(snapshot.LedgerSum, snapshot.BalanceSum);
        var audit = await AuditAsync(world.CidAccount, "account.balance.adjusted");
        Assert.Contains("\"interest\"", audit.Details, StringComparison.Ordinal);
        Assert.DoesNotContain("Waived", audit.Details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_collector_may_not_adjust_a_balance_even_on_their_own_account()
    {
        var world = await TestPortfolio.CreateAsync(api);
        using var client = api.CreateClient();
        var before = await DatabaseSnapshot.TakeAsync(api);

        var result = await client.PostGraphQLAsync(AdjustBalance,
            new { input = new { accountId = world.AnnAccount.ToString(), principal = -100m, reason = "Goodwill" } },
            Tokens.For(world.Ann, "collector"));

        Assert.Equal("AUTH_NOT_AUTHORIZED", result.Code());
        Assert.Equal(before, await DatabaseSnapshot.TakeAsync(api));
    }

    [Fact]
    public async Task An_adjustment_below_zero_or_without_a_reason_changes_nothing()
    {
        var world = await TestPortfolio.CreateAsync(api);
        using var client = api.CreateClient();
        var token = Tokens.For(world.Sue, "supervisor");
        var before = await DatabaseSnapshot.TakeAsync(api);

        var belowZero = await client.PostGraphQLAsync(AdjustBalance,
            new { input = new { accountId = world.CidAccount.ToString(), fees = -10.01m, reason = "Too much" } }, token);
        var noReason = await client.PostGraphQLAsync(AdjustBalance,
            new { input = new { accountId = world.CidAccount.ToString(), fees = -1m, reason = "   " } }, token);
        var nothing = await client.PostGraphQLAsync(AdjustBalance,
            new { input = new { accountId = world.CidAccount.ToString(), reason = "No change" } }, token);

        Assert.Equal(["ConflictError NEGATIVE_BALANCE"], belowZero.TypedErrors("adjustBalance"));
        Assert.Equal(["RequiredFieldError reason"], noReason.TypedErrors("adjustBalance"));
        Assert.Equal(["InvalidAmountError principal"], nothing.TypedErrors("adjustBalance"));
        Assert.Equal(before, await DatabaseSnapshot.TakeAsync(api));
    }

    private static string NodeId(string type, Guid id) => Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"{type}:{id:D}"));

    private async Task<decimal> BalanceAsync(Guid accountId)
    {
        using var scope = api.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<DebtHubDbContext>();
        var account = await db.Accounts.AsNoTracking().SingleAsync(a => a.Id == accountId);
        var ledger = await db.LedgerTransactions.Where(t => t.AccountId == accountId).SumAsync(t => t.PrincipalDelta + t.InterestDelta + t.FeeDelta);
        Assert.Equal(ledger, account.Balance.Amount);
        return account.Balance.Amount;
    }

    private async Task<(string Actor, string Details)> AuditAsync(Guid entityId, string action)
    {
        using var scope = api.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<DebtHubDbContext>();
        var entry = await db.AuditEntries.AsNoTracking().Where(e => e.EntityId == entityId && e.Action == action).SingleAsync();
        return (entry.Actor, entry.Details ?? "");
    }
}
