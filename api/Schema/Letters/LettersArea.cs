using DebtHub.Api.Schema.Accounts;
using DebtHub.Api.Schema.Mutations;
using DebtHub.Api.Schema.Resolutions;
using DebtHub.Api.Security;
using DebtHub.Domain.Accounts;
using DebtHub.Domain.Collectors;
using DebtHub.Domain.Common;
using DebtHub.GraphQL.Conventions;
using DebtHub.GraphQL.Types;
using DebtHub.Infrastructure.Events;
using DebtHub.Infrastructure.Letters;
using Microsoft.EntityFrameworkCore;

namespace DebtHub.Api.Schema.Letters;

/// <summary>
/// Letters: the validation notice computed from the account (Reg F model form B-1), plan confirmations and settlement
/// offers, as printable HTML; sending one goes through the compliance gate and is recorded as a letter contact attempt.
/// </summary>
internal static class LettersArea
{
    private const string Sdl = """
        extend type Account {
          "The validation notice's figures as of today (or as sent), per 12 CFR 1006.34(c); html is the printable letter."
          validationNotice: ValidationNotice!
          "A letter about this account as printable HTML; plan letters need planId."
          letter(kind: LetterKind!, planId: ID): String!
        }

        "The validation notice (12 CFR 1006.34): the debt at the itemization date, what changed since, and the dispute deadline."
        type ValidationNotice {
          consumerName: String!
          itemizationCreditor: String!
          currentCreditor: String!
          creditorAccountNumber: String!
          itemizationDate: Date!
          itemizationAmount: Decimal!
          interestSince: Decimal!
          feesSince: Decimal!
          paymentsAndCreditsSince: Decimal!
          currentAmount: Decimal!
          currency: String!
          "The day the notice is (or was) sent."
          sentOn: Date!
          "The end of the validation period: 30 days after receipt, assumed 5 business days after sending (1006.34(b)(5))."
          disputeBy: Date!
          "The state's time-barred debt disclosure when the statute of limitations has run."
          timeBarredDisclosure: String
          html: String!
        }

        enum LetterKind { VALIDATION_NOTICE PLAN_CONFIRMATION SETTLEMENT_OFFER }

        "Mail a letter: the gate must permit a letter to the address, and the letter is recorded as a contact attempt."
        input SendLetterInput {
          accountId: ID!
          kind: LetterKind!
          "The plan to confirm or the settlement to offer."
          planId: ID
          "The postal address on file to mail; the most recently seen deliverable one unless given."
          addressId: ID
        }

        "A letter that was sent."
        type SentLetter {
          kind: LetterKind!
          html: String!
          "The contact attempt recorded for it (channel LETTER)."
          contactAttemptId: ID!
        }

        """;

    public static SchemaBuilder AddLetters(this SchemaBuilder schema) => schema
        .AddSdl(Sdl)
        .BindEnum<LetterKind>("LetterKind")
        .Bind("Account.validationNotice", (FieldResolver)(async c => Notice(await ComposeAsync(c, LetterKind.ValidationNotice, null))))
        .Bind("Account.letter", (FieldResolver)(async c =>
        {
            var planId = c.GetArgument<string?>("planId") is { } raw ? NodeIds.Parse(raw, "PaymentPlan") : (Guid?)null;
            return (await ComposeAsync(c, c.GetArgument<LetterKind>("kind"), planId)).Html;
        }))
        .AddDebtHubMutation(
            new MutationField("sendLetter", "letter", "SentLetter", [])
            {
                Description = "Sends a letter through the compliance gate; a validation notice starts the validation period.",
                Directives = DebtHubMutations.Authorize(Roles.Collector, Roles.Supervisor, Roles.Admin),
                MoreFields = "account: Account",
            },
            SendAsync);

    private static Guid AccountId(IResolverContext context) => context.Value<Account, Guid>(AccountData.Key, a => a.Id);

    /// <summary>Composes from batched sources: a page of accounts costs the same queries as one.</summary>
    private static async Task<Letter> ComposeAsync(IResolverContext context, LetterKind kind, Guid? planId)
    {
        var accountId = AccountId(context);
        var source = await context.Service<LetterLoaders>().Sources.LoadAsync(accountId)
                     ?? throw new DomainException("UNKNOWN_ACCOUNT", "No account has that id.");
        var plan = planId is { } id ? (await context.Service<ResolutionLoaders>().Plans.LoadAsync(accountId)).FirstOrDefault(p => p.Id == id) : null;
        return context.Service<LetterService>().Compose(source, kind, plan, null).Letter;
    }

    private static Dictionary<string, object?> Notice(Letter letter)
    {
        var n = letter.ValidationNotice!;
        return new Dictionary<string, object?>
        {
            ["consumerName"] = n.ConsumerName, ["itemizationCreditor"] = n.ItemizationCreditor, ["currentCreditor"] = n.CurrentCreditor,
            ["creditorAccountNumber"] = n.CreditorAccountNumber, ["itemizationDate"] = n.ItemizationDate, ["itemizationAmount"] = n.ItemizationAmount,
            ["interestSince"] = n.InterestSince, ["feesSince"] = n.FeesSince, ["paymentsAndCreditsSince"] = n.PaymentsAndCreditsSince,
            ["currentAmount"] = n.CurrentAmount, ["currency"] = n.Currency, ["sentOn"] = n.SentOn, ["disputeBy"] = n.DisputeBy,
            ["timeBarredDisclosure"] = n.TimeBarredDisclosure, ["html"] = letter.Html,
        };
    }

    private static async Task<MutationResult> SendAsync(MutationRequest request)
    {
        var input = request.Input;
        var accountId = input.Id("accountId", "Account");
        var kind = input.Enum<LetterKind>("kind") ?? LetterKind.ValidationNotice;
        var planId = input.OptionalId("planId", "PaymentPlan");
        var addressId = input.OptionalId("addressId", "Address");
        if (kind != LetterKind.ValidationNotice && planId is null && !input.HasErrors)
        {
            input.Fail(new RequiredFieldError("A plan confirmation or settlement offer needs planId.", input.Path("planId")));
        }

        if (input.HasErrors)
        {
            return request.Failure();
        }

        await request.AccountAsync(accountId, "accountId", tracked: false);
        var collectorId = await request.Db.Collectors.Where(c => c.UserName == request.Actor && c.Role == CollectorRole.Collector)
            .Select(c => (Guid?)c.Id).FirstOrDefaultAsync(request.CancellationToken);
        var sent = await request.Services.GetRequiredService<LetterService>().SendAsync(accountId, kind, planId, addressId, collectorId, request.CancellationToken);
        if (sent.Letter is null)
        {
            return MutationResult.Failure(new ConflictError(
                "The compliance gate refused the letter: " + string.Join(" ", sent.BlockedBy.Select(b => $"{b.RuleId} ({b.Citation}): {b.Explanation}")),
                "CONTACT_BLOCKED"));
        }

        // The letter and its attempt are recorded by the gate and the letter service; the audit entry says who sent it.
        request.Audit("letter.sent", "Account", accountId, [kind.ToString()], new Dictionary<string, Guid> { ["contactAttemptId"] = sent.ContactAttemptId!.Value });
        request.AccountChanged(accountId, AccountChange.ContactRecorded);
        await request.SaveAsync();
        var account = await request.AccountAsync(accountId, "accountId", tracked: false);
        return MutationResult.Success(
            new Dictionary<string, object?> { ["kind"] = kind, ["html"] = sent.Letter.Html, ["contactAttemptId"] = sent.ContactAttemptId },
            new Dictionary<string, object?> { ["account"] = account });
    }
}
