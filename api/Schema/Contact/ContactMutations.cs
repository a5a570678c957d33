using DebtHub.Api.Schema.Accounts;
using DebtHub.Api.Schema.Mutations;
using DebtHub.Api.Security;
using DebtHub.Domain.Compliance.Facts;
using DebtHub.Domain.Contact;
using DebtHub.GraphQL.Conventions;
using DebtHub.GraphQL.Types;
using DebtHub.Infrastructure.Events;
using DebtHub.Infrastructure.Ledger;
using Microsoft.EntityFrameworkCore;

namespace DebtHub.Api.Schema.Contact;

/// <summary>Recording how a contact attempt ended, through the contact ledger (which keeps Reg F's counts right).</summary>
internal static class ContactMutations
{
    private const string Sdl = """
        "How a contact attempt ended, as the collector who made it saw it."
        input RecordContactOutcomeInput {
          "The contact attempt (its id is the permit it was placed under)."
          attemptId: ID!
          "Whether and how it connected: a call not connected to the number stops counting toward Reg F (12 CFR 1006.14(b)(3)(ii))."
          result: ContactResult!
          "What happened; CONVERSATION_RIGHT_PARTY starts the 7-day bar of 12 CFR 1006.14(b)(2)(i)(B) for every debt it concerned."
          disposition: ContactDisposition!
        }

        "Whether and how a contact connected."
        enum ContactResult { ANSWERED NO_ANSWER VOICEMAIL NOT_CONNECTED SENT }

        """;

    public static SchemaBuilder AddContactMutations(this SchemaBuilder schema) => schema
        .AddSdl(Sdl)
        .BindEnum<AttemptOutcome>("ContactResult")
        .AddDebtHubMutation(
            new MutationField("recordContactOutcome", "attempt", "ContactAttempt", [])
            {
                MoreFields = """
                    "The debts the contact concerned that the caller may see."
                    accounts: [Account!]
                    """,
                Description = "Records how a contact attempt ended, once; the contact ledger updates the Reg F counts.",
                Directives = DebtHubMutations.Authorize(Roles.Collector, Roles.Supervisor, Roles.Admin),
            },
            RecordOutcomeAsync);

    private static async Task<MutationResult> RecordOutcomeAsync(MutationRequest request)
    {
        var input = request.Input;
        var attemptId = input.Id("attemptId", "ContactAttempt");
        var result = input.Enum<AttemptOutcome>("result") ?? AttemptOutcome.NotConnected;
        var disposition = input.Enum<ContactDisposition>("disposition") ?? ContactDisposition.Pending;
        if (disposition == ContactDisposition.Pending)
        {
            input.Fail(new InvalidValueError("A recorded outcome needs a disposition other than PENDING.", input.Path("disposition"), "RESULT_PENDING"));
        }
        else if (disposition == ContactDisposition.ConversationRightParty && result != AttemptOutcome.Answered)
        {
            input.Fail(new InvalidValueError("A conversation needs an ANSWERED result.", input.Path("disposition"), "CONVERSATION_NOT_ANSWERED"));
        }

        if (input.HasErrors)
        {
            return request.Failure();
        }

        var db = request.Db;
        var attempt = await db.ContactAttempts.AsNoTracking().FirstOrDefaultAsync(a => a.Id == attemptId, request.CancellationToken);
        var accounts = attempt is null ? db.Accounts.Where(_ => false) : db.Accounts.Where(a => attempt.AccountIds.Contains(a.Id));
        var visible = await (request.User is { } user ? accounts.VisibleTo(db, user) : accounts)
            .Include(a => a.Holds).AsNoTracking().ToListAsync(request.CancellationToken);
        if (attempt is null || visible.Count == 0)
        {
            input.NotFound("attemptId", "ContactAttempt", attemptId);
            return request.Failure();
        }

        if (attempt.ConnectResult is not null)
        {
            return MutationResult.Failure(new ConflictError("The outcome of this contact attempt is already recorded.", "RESULT_RECORDED"));
        }

        // The outcome and its audit entry commit together in this unit of work; the ledger moves the Redis counts around it.
        var conversation = disposition == ContactDisposition.ConversationRightParty;
        var tracked = await db.ContactAttempts.SingleAsync(a => a.Id == attemptId, request.CancellationToken);
        request.Audit("contact.outcome.recorded", "ContactAttempt", attemptId, ["result", "disposition"]);
        foreach (var accountId in attempt.AccountIds)
        {
            request.AccountChanged(accountId, AccountChange.ContactRecorded);
        }

        await request.Services.GetRequiredService<IContactLedger>().RecordResultAsync(
            tracked, result, disposition, conversation, _ => request.SaveAsync(), request.CancellationToken);
        var recorded = await db.ContactAttempts.AsNoTracking().FirstAsync(a => a.Id == attemptId, request.CancellationToken);
        return MutationResult.Success(recorded, new Dictionary<string, object?> { ["accounts"] = visible });
    }
}
