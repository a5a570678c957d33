using DebtHub.Api.Schema.Accounts;
using DebtHub.Api.Schema.Mutations;
using DebtHub.Api.Schema.Resolutions;
using DebtHub.Api.Security;
using DebtHub.Dialer;
using DebtHub.Dialer.Outcomes;
using DebtHub.Dialer.Presence;
using DebtHub.Domain.Accounts;
using DebtHub.Domain.Collectors;
using DebtHub.Domain.Common;
using DebtHub.Domain.Compliance.Facts;
using DebtHub.Domain.Contact;
using DebtHub.Domain.Debtors;
using DebtHub.Domain.Resolutions.Disputes;
using DebtHub.Domain.Resolutions.Promises;
using DebtHub.GraphQL.Conventions;
using DebtHub.GraphQL.Types;
using DebtHub.Infrastructure.Events;
using DebtHub.Infrastructure.Ledger;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DebtHub.Api.Schema.Dialer;

/// <summary>
/// The collector's disposition of a routed call: the attempt's result (a conversation starts the 7-day bar through the
/// ledger) and what the debtor said (a promise, a dispute, a callback, a cease request, a wrong number), written in one
/// unit of work with its audit entry; then the collector leaves wrap-up.
/// </summary>
internal static class DispositionMutations
{
    private const string Sdl = """
        "What came of a routed call, as the collector who took it records it."
        enum CallDisposition {
          "Spoke with the debtor about the debt."
          RIGHT_PARTY_CONTACT
          "The debtor promised to pay (give promise)."
          PROMISE_TO_PAY
          "The debtor refused to pay."
          REFUSED
          "The person does not know the debtor: the number is marked wrong and not dialed again."
          WRONG_NUMBER
          "The debtor disputes the debt (give disputeReason and disputeSummary); recorded as an oral dispute."
          DISPUTE
          "The debtor asked to be called back at callbackAt; the call is placed then only if the compliance gate allows it."
          CALLBACK_REQUESTED
          "The debtor asked us to stop contacting them: a cease hold stops all contact until a person lifts it."
          CEASE_REQUEST
        }

        input RecordCallDispositionInput {
          "The routed call (from the CALL_ROUTED event)."
          callSid: String!
          disposition: CallDisposition!
          "PROMISE_TO_PAY: how much, and when."
          promise: PromisedPaymentInput
          "PROMISE_TO_PAY: days of grace after the due date."
          graceDays: Int! = 3
          "CALLBACK_REQUESTED: when the debtor wants to be called."
          callbackAt: DateTime
          "DISPUTE: what the debtor says is wrong."
          disputeReason: DisputeReason
          "DISPUTE: the debtor's words, briefly."
          disputeSummary: String
        }

        "A call the debtor asked for; when due, the dialer asks the compliance gate like for any call."
        type ScheduledCallback {
          id: ID!
          accountId: ID!
          dueAt: DateTime!
          status: CallbackStatus!
          "When the dialer looks at it next: its time, or the gate's next allowed time after a refusal."
          nextTryAt: DateTime!
          "The rules that held it back at the dialer's last look (BLOCKED, NOT_POSSIBLE)."
          blockedBy: [String!]!
        }

        "SCHEDULED waits for its time and a collector; DIALED was placed through the gate; BLOCKED waits for the gate's nextTryAt; NOT_POSSIBLE is refused with no time named (blockedBy says why); MISSED found no collector in time."
        enum CallbackStatus { SCHEDULED DIALED CANCELED BLOCKED NOT_POSSIBLE MISSED }

        """;

    public static SchemaBuilder AddDispositionMutations(this SchemaBuilder schema) => schema
        .AddSdl(Sdl)
        .BindEnum<CallDisposition>("CallDisposition")
        .BindEnum<CallbackStatus>("CallbackStatus")
        .Bind("ScheduledCallback.id", (FieldResolver)(c => new(NodeIds.Format("ScheduledCallback", c.ParentAs<ScheduledCallback>().Id))))
        .Bind("ScheduledCallback.accountId", (FieldResolver)(c => new(NodeIds.Format("Account", c.ParentAs<ScheduledCallback>().AccountId))))
        .AddDebtHubMutation(
            new MutationField("recordCallDisposition", "attempt", "ContactAttempt", [nameof(InvalidAmountError)])
            {
                MoreFields = """
                    account: Account
                    "The collector's presence after the disposition (back to AVAILABLE from wrap-up)."
                    presence: CollectorPresence
                    promise: PromiseToPay
                    dispute: Dispute
                    callback: ScheduledCallback
                    """,
                Description = "Records what came of a routed call, once: the attempt's result and its effects on the account, together.",
                Directives = DebtHubMutations.Authorize(Roles.Collector, Roles.Supervisor, Roles.Admin),
            },
            RecordAsync);

    private static async Task<MutationResult> RecordAsync(MutationRequest request)
    {
        var input = request.Input;
        var callSid = input.Text("callSid", 34, required: true);
        var disposition = input.Enum<CallDisposition>("disposition");
        var details = ReadDetails(request, disposition);
        if (input.HasErrors || disposition is not { } kind || callSid is null)
        {
            return request.Failure();
        }

        var me = await request.Db.Collectors.Where(c => c.UserName == request.User!.UserName).Select(c => (Guid?)c.Id).SingleOrDefaultAsync(request.CancellationToken);
        var dispositions = new CallDispositions(request.Db, request.Services.GetRequiredService<IContactLedger>(), request.Services.GetRequiredService<IOptions<DialerOptions>>());
        var (recorded, refusal) = await dispositions.RecordAsync(
            callSid, kind, details, new DispositionActor(request.Actor(), request.User?.Role, me), request.Now, request.CancellationToken);
        switch (refusal)
        {
            case DispositionRefusal.NotYourCall:
                input.Fail(new NotFoundError("No routed call with this SID is yours to record.", input.Path("callSid"), callSid));
                return request.Failure();
            case DispositionRefusal.AlreadyRecorded:
                // Serialized with the call's webhooks and with a second click on the same call: one disposition wins, the other
                // answers RESULT_RECORDED (never a 500 from the attempt record's write-once trigger).
                return MutationResult.Failure(new ConflictError("The outcome of this call is already recorded.", "RESULT_RECORDED"));
            case DispositionRefusal.DestinationGone:
                return MutationResult.Failure(new ConflictError("The dialed number is no longer on file for the debtor.", "UNKNOWN_DESTINATION"));
        }

        var done = recorded!;
        request.AccountChanged(done.Account.Id, AccountChange.ContactRecorded);
        if (done.ChangedDebtorId is { } debtorId)
        {
            await request.DebtorChangedAsync(debtorId);
        }

        return MutationResult.Success(done.Attempt, new Dictionary<string, object?>
        {
            ["account"] = done.Account,
            ["presence"] = done.Presence,
            ["promise"] = done.Promise,
            ["dispute"] = done.Dispute,
            ["callback"] = done.Callback,
        });
    }

    /// <summary>The fields the disposition needs, each required for its kind only.</summary>
    private static DispositionDetails ReadDetails(MutationRequest request, CallDisposition? kind)
    {
        var input = request.Input;
        var details = new DispositionDetails { GraceDays = input.Int("graceDays") ?? 3 };
        switch (kind)
        {
            case CallDisposition.PromiseToPay:
                if (input.Object("promise") is not { } promise)
                {
                    input.Fail(new RequiredFieldError("A promise to pay needs the amount and the date (promise).", input.Path("promise")));
                    break;
                }

                details = details with { PromiseAmount = promise.Amount("amount"), PromiseDueOn = promise.Date("dueOn", required: true) };
                if (details.PromiseDueOn is { } due && due < request.Today)
                {
                    input.Fail(new InvalidValueError($"A promised payment cannot be due in the past ({due:yyyy-MM-dd}).", promise.Path("dueOn"), "INVALID_DATE"));
                }

                break;
            case CallDisposition.CallbackRequested:
                details = details with { CallbackAt = input.Instant("callbackAt") };
                if (details.CallbackAt is not { } at)
                {
                    input.Fail(new RequiredFieldError("A callback needs the time the debtor asked for (callbackAt).", input.Path("callbackAt")));
                }
                else if (at <= request.Now)
                {
                    input.Fail(new InvalidValueError("A callback is scheduled for a time in the future.", input.Path("callbackAt"), "INVALID_DATE"));
                }

                break;
            case CallDisposition.Dispute:
                details = details with
                {
                    DisputeReason = input.Enum<DisputeReason>("disputeReason"),
                    DisputeSummary = input.Text("disputeSummary", 2000, required: true, multiline: true),
                };
                if (details.DisputeReason is null)
                {
                    input.Fail(new RequiredFieldError("A dispute needs its reason (disputeReason).", input.Path("disputeReason")));
                }

                break;
        }

        return details;
    }
}
