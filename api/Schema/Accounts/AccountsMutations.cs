using DebtHub.Api.Schema.Mutations;
using DebtHub.Api.Security;
using DebtHub.Domain.Accounts;
using DebtHub.Domain.Common;
using DebtHub.GraphQL.Conventions;
using DebtHub.GraphQL.Types;
using DebtHub.Infrastructure.Accounts;
using DebtHub.Infrastructure.Events;
using DebtHub.Infrastructure.Resolutions;
using Microsoft.EntityFrameworkCore;

namespace DebtHub.Api.Schema.Accounts;

/// <summary>Placing, assigning and working accounts: holds, payments, reversals and supervisors' adjustments.</summary>
internal static class AccountsMutations
{
    private const string Sdl = """
        "A creditor places one debt with us; its balance becomes the first ledger line."
        input PlaceAccountInput {
          "The debtor who owes it."
          debtorId: ID!
          "The portfolio it arrives in; the portfolio's creditor is the account's creditor."
          portfolioId: ID!
          "The number the creditor knows the account by; unique per creditor."
          creditorAccountNumber: String!
          originalCreditor: String!
          "Who owns the debt now; the original creditor unless given."
          currentCreditor: String
          type: AccountType!
          "ISO 4217 code of every amount on the account."
          currency: String! = "USD"
          principal: Amount!
          interest: Amount! = 0
          fees: Amount! = 0
          "The Reg F itemization date (12 CFR 1006.34(b)(3)); not in the future."
          itemizationDate: Date!
          chargeOffDate: Date
          delinquencyDate: Date
          lastPaymentDate: Date
          statuteOfLimitationsDate: Date
          "The state whose law governs the debt (USPS code)."
          governingState: String!
        }

        "Give an account to a collector, another collector, or nobody."
        input AssignAccountInput {
          accountId: ID!
          "The collector who will work it; null takes it off everyone's desk."
          collectorId: ID
        }

        "Stop collection activity on an account until a supervisor lifts the hold."
        input PlaceHoldInput {
          accountId: ID!
          kind: HoldKind!
          "Why, in a sentence (the consumer's letter, the call...)."
          reason: String!
          "Required for ATTORNEY_REPRESENTATION: who represents the consumer."
          attorney: AttorneyInput
          "Required for BANKRUPTCY: the filing, recorded on the debtor too."
          bankruptcy: BankruptcyInput
          "For DECEASED: the notice, recorded on the debtor too."
          deceased: DeceasedInput
          "Anything else worth keeping with the hold."
          details: String
        }

        "The attorney representing the consumer on this debt (12 CFR 1006.6(b)(2)): contact goes to them."
        input AttorneyInput {
          name: String!
          firm: String
          "E.164 or a 10-digit US number."
          phone: String!
          email: String
        }

        "A bankruptcy filing: the automatic stay (11 USC 362(a)) stops collection."
        input BankruptcyInput {
          caseNumber: String!
          "7, 9, 11, 12, 13 or 15."
          chapter: Int!
          filedOn: Date!
        }

        "A notice that the debtor died."
        input DeceasedInput {
          diedOn: Date
          "Who told us (a relative, a death-record service...)."
          source: String!
        }

        "Lift an active hold; it stays in the account's history."
        input LiftHoldInput {
          accountId: ID!
          holdId: ID!
          reason: String!
        }

        "Post a payment once: the same idempotency key never posts twice, however often the request is retried."
        input RecordPaymentInput {
          accountId: ID!
          amount: Amount!
          currency: String! = "USD"
          "When the money moved; today unless given. Not after tomorrow."
          effectiveOn: Date
          "Any string unique to this payment (up to 200 characters), e.g. the processor's transaction id."
          idempotencyKey: String!
        }

        "Undo a payment that did not clear (NSF, chargeback): the exact negation of its split."
        input ReversePaymentInput {
          accountId: ID!
          "The payment's ledger transaction."
          paymentId: ID!
          reason: String!
        }

        "Give money back out of a payment (an overpayment, goodwill): the balance rises by the refund. The same idempotency key never refunds twice."
        input RefundPaymentInput {
          accountId: ID!
          "The payment's ledger transaction."
          paymentId: ID!
          "At most what is still refundable on the payment."
          amount: Amount!
          reason: String!
          "Any string unique to this refund (up to 200 characters)."
          idempotencyKey: String!
        }

        "A supervisor's correction of the balance buckets, signed (negative lowers a bucket), with a reason."
        input AdjustBalanceInput {
          accountId: ID!
          principal: Amount! = 0
          interest: Amount! = 0
          fees: Amount! = 0
          reason: String!
        }

        """;

    private static readonly string[] Workers = [Roles.Collector, Roles.Supervisor, Roles.Admin];

    public static SchemaBuilder AddAccountsMutations(this SchemaBuilder schema) => schema
        .AddSdl(Sdl)
        .AddDebtHubMutation(
            new MutationField("placeAccount", "account", "Account", [nameof(InvalidAmountError), nameof(InvalidAddressError)])
            {
                Description = "Places a debt with us for a debtor, in a portfolio. Supervisors, admins and integrations.",
                Directives = DebtHubMutations.Authorize(Roles.Supervisor, Roles.Admin, Roles.Integration),
            },
            PlaceAccountAsync)
        .AddDebtHubMutation(
            new MutationField("assignAccount", "account", "Account", [])
            {
                Description = "Assigns or reassigns an account to a collector (and so to their team), or unassigns it. Supervisors and admins.",
                Directives = DebtHubMutations.Authorize(Roles.Supervisor, Roles.Admin),
            },
            AssignAccountAsync)
        .AddDebtHubMutation(
            new MutationField("placeHold", "hold", "AccountHold", [nameof(InvalidPhoneError)])
            {
                Description = "Sets a hold: cease, attorney representation, bankruptcy, deceased, dispute or other.",
                Directives = DebtHubMutations.Authorize(Workers),
                MoreFields = "account: Account",
            },
            PlaceHoldAsync)
        .AddDebtHubMutation(
            new MutationField("liftHold", "hold", "AccountHold", [])
            {
                Description = "Clears an active hold, with a reason. Supervisors and admins.",
                Directives = DebtHubMutations.Authorize(Roles.Supervisor, Roles.Admin),
                MoreFields = "account: Account",
            },
            LiftHoldAsync)
        .AddDebtHubMutation(
            new MutationField("recordPayment", "payment", "LedgerTransaction", [nameof(InvalidAmountError)])
            {
                Description = "Posts a payment, split over fees, interest and principal; idempotent by key.",
                Directives = DebtHubMutations.Authorize([.. Workers, Roles.Integration]),
                MoreFields = """
                    account: Account
                    "True when this key had already posted the payment: the earlier payment is returned and nothing new is posted."
                    alreadyPosted: Boolean
                    """,
            },
            RecordPaymentAsync)
        .AddDebtHubMutation(
            new MutationField("reversePayment", "reversal", "LedgerTransaction", [])
            {
                Description = "Reverses a payment that did not clear; a paid account reopens, and plans and promises the payment kept are judged again at once. Supervisors, admins and integrations.",
                Directives = DebtHubMutations.Authorize(Roles.Supervisor, Roles.Admin, Roles.Integration),
                MoreFields = """
                    account: Account
                    "Plans and promises the reversal broke (each queued for the collector)."
                    arrangementsBroken: Int
                    """,
            },
            ReversePaymentAsync)
        .AddDebtHubMutation(
            new MutationField("refundPayment", "refund", "LedgerTransaction", [nameof(InvalidAmountError)])
            {
                Description = "Refunds part or all of a payment; idempotent by key. Supervisors, admins and integrations.",
                Directives = DebtHubMutations.Authorize(Roles.Supervisor, Roles.Admin, Roles.Integration),
                MoreFields = """
                    account: Account
                    "True when this key had already refunded: the earlier refund is returned and nothing new is posted."
                    alreadyPosted: Boolean
                    """,
            },
            RefundPaymentAsync)
        .AddDebtHubMutation(
            new MutationField("adjustBalance", "adjustment", "LedgerTransaction", [nameof(InvalidAmountError)])
            {
                Description = "Corrects the balance buckets, with a reason. Supervisors and admins only.",
                Directives = DebtHubMutations.Authorize(Roles.Supervisor, Roles.Admin),
                MoreFields = "account: Account",
            },
            AdjustBalanceAsync);

    private static async Task<MutationResult> PlaceAccountAsync(MutationRequest request)
    {
        var input = request.Input;
        var debtorId = input.Id("debtorId", "Debtor");
        var portfolioId = input.Id("portfolioId", "Portfolio");
        var number = input.Text("creditorAccountNumber", 64, required: true);
        var original = input.Text("originalCreditor", 200, required: true);
        var current = input.Text("currentCreditor", 200) ?? original;
        var currency = Currency(input);
        var principal = input.Amount("principal");
        var interest = input.Amount("interest", AmountRule.ZeroOrMore, required: false);
        var fees = input.Amount("fees", AmountRule.ZeroOrMore, required: false);
        var itemization = input.Date("itemizationDate", required: true, notAfter: request.Today);
        var chargeOff = input.Date("chargeOffDate", notAfter: request.Today);
        var delinquency = input.Date("delinquencyDate", notAfter: request.Today);
        var lastPayment = input.Date("lastPaymentDate", notAfter: request.Today);
        var limitation = input.Date("statuteOfLimitationsDate");
        var state = input.State("governingState");
        if (principal + interest + fees > InputReader.MaxAmount)
        {
            input.Fail(new InvalidAmountError("The placed balance is larger than 100,000,000, more than any one account owes.", input.Path("principal")));
        }

        if (input.HasErrors)
        {
            return request.Failure();
        }

        var db = request.Db;
        var portfolio = await db.Portfolios.AsNoTracking().FirstOrDefaultAsync(p => p.Id == portfolioId, request.CancellationToken);
        if (portfolio is null)
        {
            input.NotFound("portfolioId", "Portfolio", portfolioId);
        }

        if (!await db.Debtors.AnyAsync(d => d.Id == debtorId, request.CancellationToken))
        {
            input.NotFound("debtorId", "Debtor", debtorId);
        }

        if (portfolio is null || input.HasErrors)
        {
            return request.Failure();
        }

        if (await db.Accounts.AnyAsync(a => a.CreditorId == portfolio.CreditorId && a.CreditorAccountNumber == number, request.CancellationToken))
        {
            return MutationResult.Failure(new ConflictError("The creditor already placed an account with this number.", "DUPLICATE_ACCOUNT_NUMBER"));
        }

        var account = Account.Place(
            new AccountPlacement(debtorId, portfolio.CreditorId, portfolio.Id, number!, original!, current!, input.Enum<AccountType>("type") ?? AccountType.Other,
                new Money(principal, currency!), interest, fees, itemization!.Value, chargeOff, delinquency, lastPayment, limitation, state!),
            request.Now);
        db.Accounts.Add(account);
        request.Audit("account.placed", "Account", account.Id, ids: new Dictionary<string, Guid> { ["debtorId"] = debtorId, ["portfolioId"] = portfolio.Id });
        request.AccountChanged(account.Id, AccountChange.Placed);
        await request.SaveAsync();
        return MutationResult.Success(account);
    }

    private static async Task<MutationResult> AssignAccountAsync(MutationRequest request)
    {
        var input = request.Input;
        var accountId = input.Id("accountId", "Account");
        var collectorId = input.OptionalId("collectorId", "Collector");
        if (input.HasErrors)
        {
            return request.Failure();
        }

        var account = await request.AccountAsync(accountId, "accountId");
        if (collectorId is { } id && !await request.Db.Collectors.AnyAsync(c => c.Id == id && c.IsActive, request.CancellationToken))
        {
            input.NotFound("collectorId", "Collector", id);
            return request.Failure();
        }

        var previous = account.AssignedCollectorId;
        account.AssignTo(collectorId);
        var ids = new Dictionary<string, Guid>();
        if (previous is { } from)
        {
            ids["fromCollectorId"] = from;
        }

        if (collectorId is { } to)
        {
            ids["toCollectorId"] = to;
        }

        request.Audit(collectorId is null ? "account.unassigned" : "account.assigned", "Account", account.Id, ["assignedCollectorId"], ids);
        request.AccountChanged(account.Id, AccountChange.Assigned);
        if (collectorId is { } assignee && assignee != previous)
        {
            request.NotifyCollector(new CollectorEvent(assignee, CollectorEventKind.AccountAssigned, request.Now, account.Id, account.DebtorId));
        }

        await request.SaveAsync();
        return MutationResult.Success(account);
    }

    private static async Task<MutationResult> PlaceHoldAsync(MutationRequest request)
    {
        var input = request.Input;
        var accountId = input.Id("accountId", "Account");
        var kind = input.Enum<HoldKind>("kind") ?? HoldKind.Other;
        var reason = input.Text("reason", 500, required: true, multiline: true);
        var details = input.Text("details", 1000, multiline: true);
        var attorney = input.Object("attorney");
        var bankruptcy = input.Object("bankruptcy");
        var deceased = input.Object("deceased");
        RequireOnlyFor(input, "attorney", attorney, kind, HoldKind.AttorneyRepresentation);
        RequireOnlyFor(input, "bankruptcy", bankruptcy, kind, HoldKind.Bankruptcy);
        RequireOnlyFor(input, "deceased", deceased, kind, HoldKind.Deceased, required: false);

        var holdDetails = details;
        if (attorney is not null)
        {
            var name = attorney.Text("name", 200, required: true);
            var firm = attorney.Text("firm", 200);
            var phone = attorney.Phone("phone");
            var email = attorney.Has("email") ? attorney.Email("email") : null;
            holdDetails = string.Join("; ", new[] { name, firm, phone?.Value, email, details }.Where(p => p is not null));
        }

        (string Case, int Chapter, DateOnly FiledOn)? filing = null;
        if (bankruptcy is not null)
        {
            var caseNumber = bankruptcy.Text("caseNumber", 40, required: true);
            var chapter = bankruptcy.Int("chapter");
            var filedOn = bankruptcy.Date("filedOn", required: true, notAfter: request.Today);
            if (chapter is not (7 or 9 or 11 or 12 or 13 or 15))
            {
                input.Fail(new InvalidValueError($"Chapter {chapter} is not a bankruptcy chapter (7, 9, 11, 12, 13 or 15).", bankruptcy.Path("chapter"), "INVALID_BANKRUPTCY"));
            }
            else if (caseNumber is not null && filedOn is not null)
            {
                filing = (caseNumber, chapter.Value, filedOn.Value);
                holdDetails = details is null ? caseNumber : $"{caseNumber}; {details}";
            }
        }

        (DateOnly? DiedOn, string Source)? death = null;
        if (deceased is not null)
        {
            var diedOn = deceased.Date("diedOn", notAfter: request.Today);
            var source = deceased.Text("source", 200, required: true);
            death = source is null ? null : (diedOn, source);
        }

        if (input.HasErrors)
        {
            return request.Failure();
        }

        var account = await request.AccountAsync(accountId, "accountId");
        var hold = account.PlaceHold(kind, reason!, holdDetails, request.Actor, request.Now);
        var fields = new List<string> { "holds" };
        if (filing is not null || death is not null)
        {
            var debtor = await request.Db.Debtors.FirstAsync(d => d.Id == account.DebtorId, request.CancellationToken);
            if (filing is { } f)
            {
                debtor.ReportBankruptcy(f.Chapter, f.Case, f.FiledOn, request.Actor, request.Now);
                fields.Add("debtor.bankruptcy");
            }

            if (death is { } d)
            {
                debtor.ReportDeceased(d.DiedOn, d.Source, request.Now);
                fields.Add("debtor.deceased");
            }
        }

        request.Audit("account.hold.placed", "Account", account.Id, fields, new Dictionary<string, Guid> { ["holdId"] = hold.Id });
        request.AccountChanged(account.Id, AccountChange.HoldPlaced);
        await request.SaveAsync();
        return MutationResult.Success(hold, new Dictionary<string, object?> { ["account"] = account });
    }

    private static async Task<MutationResult> LiftHoldAsync(MutationRequest request)
    {
        var input = request.Input;
        var accountId = input.Id("accountId", "Account");
        var holdId = input.Id("holdId", "AccountHold");
        var reason = input.Text("reason", 500, required: true, multiline: true);
        if (input.HasErrors)
        {
            return request.Failure();
        }

        var account = await request.AccountAsync(accountId, "accountId");
        if (!account.Holds.Any(h => h.Id == holdId))
        {
            input.NotFound("holdId", "AccountHold", holdId);
            return request.Failure();
        }

        account.LiftHold(holdId, request.Actor, reason!, request.Now);
        request.Audit("account.hold.lifted", "Account", account.Id, ["holds"], new Dictionary<string, Guid> { ["holdId"] = holdId });
        request.AccountChanged(account.Id, AccountChange.HoldLifted);
        await request.SaveAsync();
        return MutationResult.Success(account.Holds.First(h => h.Id == holdId), new Dictionary<string, object?> { ["account"] = account });
    }

    private static async Task<MutationResult> RecordPaymentAsync(MutationRequest request)
    {
        var input = request.Input;
        var accountId = input.Id("accountId", "Account");
        var amount = input.Amount("amount");
        var currency = Currency(input);
        var effectiveOn = input.Date("effectiveOn", notAfter: request.Today.AddDays(1)) ?? request.Today;
        var key = input.Text("idempotencyKey", 200, required: true);
        if (input.HasErrors)
        {
            return request.Failure();
        }

        // Scope and existence first; the poster then posts (with the audit entry) in its own unit of work, exactly once.
        await request.AccountAsync(accountId, "accountId", tracked: false);
        var poster = request.Services.GetRequiredService<PaymentPoster>();
        var posted = await poster.PostAsync(accountId, new Money(amount, currency!), effectiveOn, key!, request.Actor,
            payment => request.AuditEntry("account.payment.posted", "Account", accountId, ["balance"], new Dictionary<string, Guid> { ["transactionId"] = payment.Id }),
            request.CancellationToken);
        var account = await request.AccountAsync(accountId, "accountId", tracked: false);
        if (!posted.AlreadyPosted)
        {
            request.AccountChanged(accountId, AccountChange.PaymentPosted);
        }

        return MutationResult.Success(posted.Payment, new Dictionary<string, object?> { ["account"] = account, ["alreadyPosted"] = posted.AlreadyPosted });
    }

    private static async Task<MutationResult> ReversePaymentAsync(MutationRequest request)
    {
        var input = request.Input;
        var accountId = input.Id("accountId", "Account");
        var paymentId = input.Id("paymentId", "LedgerTransaction");
        var reason = input.Text("reason", 500, required: true, multiline: true);
        if (input.HasErrors)
        {
            return request.Failure();
        }

        var account = await request.AccountAsync(accountId, "accountId");
        var db = request.Db;
        var payment = await db.LedgerTransactions.AsNoTracking()
            .FirstOrDefaultAsync(t => t.Id == paymentId && t.AccountId == accountId && t.Kind == TransactionKind.Payment, request.CancellationToken);
        if (payment is null)
        {
            input.NotFound("paymentId", "Payment", paymentId);
            return request.Failure();
        }

        var reversed = await db.LedgerTransactions.AnyAsync(t => t.Kind == TransactionKind.Reversal && t.RelatedTransactionId == paymentId, request.CancellationToken);
        var reversal = account.ReversePayment(payment, reversed, reason!, request.Actor, request.Now);
        request.Audit("account.payment.reversed", "Account", account.Id, ["balance"],
            new Dictionary<string, Guid> { ["transactionId"] = reversal.Id, ["paymentId"] = paymentId });
        request.AccountChanged(account.Id, AccountChange.PaymentReversed);
        await request.SaveAsync();

        // The reversal stands on its own; plans and promises follow from the ledger (the daily job would catch up too).
        var broken = await request.Services.GetRequiredService<ResolutionEvaluator>().ReevaluateAfterReversalAsync(account.Id, request.CancellationToken);

        // Re-judging saved in a unit of work of its own (and may have moved the status): answer with the account as it now is.
        var current = await request.AccountAsync(account.Id, "accountId", tracked: false);
        return MutationResult.Success(reversal, new Dictionary<string, object?> { ["account"] = current, ["arrangementsBroken"] = broken });
    }

    private static async Task<MutationResult> RefundPaymentAsync(MutationRequest request)
    {
        var input = request.Input;
        var accountId = input.Id("accountId", "Account");
        var paymentId = input.Id("paymentId", "LedgerTransaction");
        var amount = input.Amount("amount");
        var reason = input.Text("reason", 500, required: true, multiline: true);
        var key = input.Text("idempotencyKey", 200, required: true);
        if (input.HasErrors)
        {
            return request.Failure();
        }

        var account = await request.AccountAsync(accountId, "accountId");
        var db = request.Db;
        if (await db.LedgerTransactions.AsNoTracking().FirstOrDefaultAsync(t => t.IdempotencyKey == key, request.CancellationToken) is { } earlier)
        {
            return earlier.AccountId == accountId && earlier.Kind == TransactionKind.Refund && earlier.RelatedTransactionId == paymentId
                ? MutationResult.Success(earlier, new Dictionary<string, object?> { ["account"] = account, ["alreadyPosted"] = true })
                : MutationResult.Failure(new ConflictError("That idempotency key was already used for another ledger transaction.", "IDEMPOTENCY_KEY_REUSED"));
        }

        var payment = await db.LedgerTransactions.AsNoTracking()
            .FirstOrDefaultAsync(t => t.Id == paymentId && t.AccountId == accountId && t.Kind == TransactionKind.Payment, request.CancellationToken);
        if (payment is null)
        {
            input.NotFound("paymentId", "Payment", paymentId);
            return request.Failure();
        }

        if (await db.LedgerTransactions.AnyAsync(t => t.Kind == TransactionKind.Reversal && t.RelatedTransactionId == paymentId, request.CancellationToken))
        {
            return MutationResult.Failure(new ConflictError("This payment was reversed; there is nothing left to refund.", "ALREADY_REVERSED"));
        }

        var refunded = await db.LedgerTransactions.Where(t => t.Kind == TransactionKind.Refund && t.RelatedTransactionId == paymentId)
            .SumAsync(t => t.PrincipalDelta + t.InterestDelta + t.FeeDelta, request.CancellationToken);
        var refund = account.RefundPayment(payment, new Money(amount, account.Currency), refunded, reason!, request.Actor, request.Now, key);
        request.Audit("account.payment.refunded", "Account", account.Id, ["balance"],
            new Dictionary<string, Guid> { ["transactionId"] = refund.Id, ["paymentId"] = paymentId });
        request.AccountChanged(account.Id, AccountChange.BalanceAdjusted);
        await request.SaveAsync();
        return MutationResult.Success(refund, new Dictionary<string, object?> { ["account"] = account, ["alreadyPosted"] = false });
    }

    private static async Task<MutationResult> AdjustBalanceAsync(MutationRequest request)
    {
        var input = request.Input;
        var accountId = input.Id("accountId", "Account");
        var deltas = new Buckets(
            input.Amount("principal", AmountRule.Signed, required: false),
            input.Amount("interest", AmountRule.Signed, required: false),
            input.Amount("fees", AmountRule.Signed, required: false));
        var reason = input.Text("reason", 500, required: true, multiline: true);
        if (!input.HasErrors && deltas == Buckets.None)
        {
            input.Fail(new InvalidAmountError("An adjustment must change at least one bucket.", input.Path("principal")));
        }

        if (input.HasErrors)
        {
            return request.Failure();
        }

        var account = await request.AccountAsync(accountId, "accountId");
        var adjustment = account.Adjust(deltas, reason!, request.Actor, request.Now);
        var fields = new[] { ("principal", deltas.Principal), ("interest", deltas.Interest), ("fees", deltas.Fees) }
            .Where(b => b.Item2 != 0m).Select(b => b.Item1);
        request.Audit("account.balance.adjusted", "Account", account.Id, fields, new Dictionary<string, Guid> { ["transactionId"] = adjustment.Id });
        request.AccountChanged(account.Id, AccountChange.BalanceAdjusted);
        await request.SaveAsync();
        return MutationResult.Success(adjustment, new Dictionary<string, object?> { ["account"] = account });
    }

    private static string? Currency(InputReader input)
    {
        var code = input.Text("currency", 3) ?? CurrencyCode.UsDollar;
        if (CurrencyCode.IsValid(code))
        {
            return CurrencyCode.Normalize(code);
        }

        input.Fail(new InvalidValueError($"\"{code}\" is not an ISO 4217 currency code.", input.Path("currency"), "INVALID_CURRENCY"));
        return null;
    }

    /// <summary>The detail object <paramref name="field"/> belongs to one hold kind: required for it (unless not), refused for others.</summary>
    private static void RequireOnlyFor(InputReader input, string field, InputReader? given, HoldKind kind, HoldKind owner, bool required = true)
    {
        var name = owner switch
        {
            HoldKind.AttorneyRepresentation => "ATTORNEY_REPRESENTATION",
            HoldKind.Bankruptcy => "BANKRUPTCY",
            _ => "DECEASED",
        };
        if (given is not null && kind != owner)
        {
            input.Fail(new InvalidValueError($"{field} is only for {name} holds.", input.Path(field), "NOT_FOR_THIS_HOLD"));
        }
        else if (given is null && kind == owner && required)
        {
            input.Fail(new RequiredFieldError($"A {name} hold needs {field}.", input.Path(field)));
        }
    }
}
