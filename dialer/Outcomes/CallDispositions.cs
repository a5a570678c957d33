using System.Text.Json;
using DebtHub.Dialer.Presence;
using DebtHub.Domain.Accounts;
using DebtHub.Domain.Audit;
using DebtHub.Domain.Collectors;
using DebtHub.Domain.Common;
using DebtHub.Domain.Compliance.Facts;
using DebtHub.Domain.Contact;
using DebtHub.Domain.Debtors;
using DebtHub.Domain.Resolutions;
using DebtHub.Domain.Resolutions.Disputes;
using DebtHub.Domain.Resolutions.Promises;
using DebtHub.Infrastructure.Ledger;
using DebtHub.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DebtHub.Dialer.Outcomes;

/// <summary>What came of a routed call, as the collector who took it records it (the GraphQL enum <c>CallDisposition</c>).</summary>
public enum CallDisposition
{
    RightPartyContact,
    PromiseToPay,
    Refused,
    WrongNumber,
    Dispute,
    CallbackRequested,
    CeaseRequest,
}

/// <summary>What a disposition carries besides its kind; each field is read for its kind only (and checked by the caller's input rules).</summary>
public sealed record DispositionDetails
{
    public decimal PromiseAmount { get; init; }

    public DateOnly? PromiseDueOn { get; init; }

    public int GraceDays { get; init; } = 3;

    public DateTimeOffset? CallbackAt { get; init; }

    public DisputeReason? DisputeReason { get; init; }

    public string? DisputeSummary { get; init; }
}

/// <summary>
/// Who records the disposition: the person as the domain sees them, their role as the audit trail writes it, and their
/// collector id (a supervisor may record any call).
/// </summary>
public sealed record DispositionActor(Actor Who, string? AuditRole, Guid? CollectorId)
{
    public bool MayRecordAnyCall => Who.IsSupervisor;
}

/// <summary>Why a disposition was not recorded (nothing was written).</summary>
public enum DispositionRefusal
{
    /// <summary>No routed call has this SID, or it is another collector's.</summary>
    NotYourCall,

    /// <summary>The call's outcome is recorded already.</summary>
    AlreadyRecorded,

    /// <summary>The dialed number is no longer on file for the debtor.</summary>
    DestinationGone,
}

/// <summary>A recorded disposition and what it changed (null where its kind changes nothing of that sort).</summary>
public sealed record RecordedDisposition(
    ContactAttempt Attempt,
    Account Account,
    CollectorPresence Presence,
    PromiseToPay? Promise,
    Dispute? Dispute,
    ScheduledCallback? Callback,
    Guid? ChangedDebtorId);

/// <summary>
/// The collector's disposition of a routed call — the one path for the GraphQL mutation and the demo's simulated
/// collectors: the attempt's result through the ledger (a conversation starts the 7-day bar) and what the debtor said (a
/// promise, a dispute, a callback, a cease hold, a wrong number), with its audit entry, in one unit of work under the
/// call's lock, so it serializes with the call's webhooks and a second click; then the collector leaves wrap-up.
/// </summary>
public sealed class CallDispositions(DebtHubDbContext db, IContactLedger ledger, IOptions<DialerOptions> options)
{
    public const string AuditAction = "call.dispositioned";

    /// <summary>Records the disposition, or says why not (then nothing is written). Domain rules refuse with a <see cref="DomainException"/>.</summary>
    public async Task<(RecordedDisposition? Recorded, DispositionRefusal? Refusal)> RecordAsync(
        string callSid, CallDisposition kind, DispositionDetails details, DispositionActor actor, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(details);
        ArgumentNullException.ThrowIfNull(actor);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await DialerCallLock.AcquireAsync(db, callSid, cancellationToken);
        var call = await db.DialerCalls.SingleOrDefaultAsync(c => c.CallSid == callSid, cancellationToken);
        if (call?.CollectorId is not { } collectorId || (collectorId != actor.CollectorId && !actor.MayRecordAnyCall))
        {
            // Unknown, never routed, or another collector's call: the same answer.
            return (null, DispositionRefusal.NotYourCall);
        }

        var attempt = await db.ContactAttempts.SingleAsync(a => a.Id == call.AttemptId, cancellationToken);
        if (call.DispositionedAt is not null || attempt.ConnectResult is not null)
        {
            return (null, DispositionRefusal.AlreadyRecorded);
        }

        // The collector the call was routed to sees its account until the outcome is recorded; supervisors see every account.
        var account = await db.Accounts.Include(a => a.Holds).SingleAsync(a => a.Id == call.AccountId, cancellationToken);
        PromiseToPay? promise = null;
        Dispute? dispute = null;
        ScheduledCallback? callback = null;
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        switch (kind)
        {
            case CallDisposition.PromiseToPay:
                promise = PromiseToPay.Record(account, [(details.PromiseDueOn!.Value, new Money(details.PromiseAmount, account.Currency))], details.GraceDays, actor.Who, now);
                db.PromisesToPay.Add(promise);
                break;
            case CallDisposition.WrongNumber:
                if (await DialedPhoneAsync(call, attempt, cancellationToken) is not { } phone)
                {
                    return (null, DispositionRefusal.DestinationGone);
                }

                phone.MarkStatus(PhoneStatus.WrongNumber);
                break;
            case CallDisposition.Dispute:
                var earlier = await db.Disputes.Where(d => d.AccountId == account.Id).ToListAsync(cancellationToken);
                dispute = Dispute.Record(account, DisputeChannel.Oral, details.DisputeReason!.Value, details.DisputeSummary!, today, false, earlier, actor.Who, now);
                db.Disputes.Add(dispute);
                break;
            case CallDisposition.CallbackRequested:
                if (await DialedPhoneAsync(call, attempt, cancellationToken) is not { } dialed)
                {
                    return (null, DispositionRefusal.DestinationGone);
                }

                callback = ScheduledCallback.Request(account.Id, call.DebtorId, dialed.Id, details.CallbackAt!.Value, call.CollectorId, attempt.Id, call.CampaignId, actor.Who.UserName, now);
                db.ScheduledCallbacks.Add(callback);

                // Asking to be called at a time is consent given directly to us (12 CFR 1006.14(b)(3)(i)): the callback
                // is not barred by the conversation it was asked in. It lasts the callback's window only (and the gate
                // caps any such consent at 7 days); every other rule still judges the callback.
                var debtor = await db.Debtors.Include(d => d.DirectConsents).SingleAsync(d => d.Id == call.DebtorId, cancellationToken);
                debtor.RecordDirectConsent([account.Id], now, callback.DueAt + TimeSpan.FromMinutes(options.Value.CallbackMissAfterMinutes), now);
                break;
            case CallDisposition.CeaseRequest:
                account.PlaceHold(HoldKind.Cease, "The consumer asked on a call to stop all contact", $"Call {call.CallSid}", actor.Who.UserName, now);
                break;
        }

        call.Dispositioned(now);
        var presence = await db.PresenceOfAsync(collectorId, now, cancellationToken);
        if (presence.IsWrappingUp(call.CallSid))
        {
            await db.MoveAsync(presence, PresenceState.Available, null, now, cancellationToken);
        }

        var audit = JsonSerializer.Serialize(new Dictionary<string, object> { ["fields"] = new[] { "disposition" }, ["accountId"] = account.Id });
        db.AuditEntries.Add(AuditEntry.Record(actor.Who.UserName, actor.AuditRole, AuditAction, "ContactAttempt", attempt.Id, audit, now));

        // A wrong number reached someone else: no conversation with the debtor, no 7-day bar.
        var conversation = kind != CallDisposition.WrongNumber;
        await ledger.RecordResultAsync(
            attempt, AttemptOutcome.Answered, conversation ? ContactDisposition.ConversationRightParty : ContactDisposition.WrongParty, conversation,
            async token =>
            {
                await db.SaveChangesAsync(token);
                await transaction.CommitAsync(token);
            },
            cancellationToken);
        return (new RecordedDisposition(attempt, account, presence, promise, dispute, callback, kind == CallDisposition.WrongNumber ? call.DebtorId : null), null);
    }

    /// <summary>The debtor's phone the call was placed to (the attempt's destination).</summary>
    private Task<DebtorPhone?> DialedPhoneAsync(DialerCall call, ContactAttempt attempt, CancellationToken cancellationToken) =>
        db.DebtorPhones.SingleOrDefaultAsync(p => p.DebtorId == call.DebtorId && p.Number == attempt.Destination, cancellationToken);
}
