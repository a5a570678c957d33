using DebtHub.Domain.Compliance.Facts;
using DebtHub.Domain.Contact;
using DebtHub.Infrastructure.Ledger;
using DebtHub.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace DebtHub.Dialer.Outcomes;

/// <summary>
/// One change to a dialer call, serialized with every other change to the same call (answer, callbacks, dial action,
/// the collector's disposition) by a transaction-scoped advisory lock on the call SID, whichever instance handles it.
/// </summary>
internal sealed class DialerCallSession : IAsyncDisposable
{
    private readonly IDbContextTransaction _transaction;

    private DialerCallSession(DebtHubDbContext db, IDbContextTransaction transaction, DialerCall? call)
    {
        Db = db;
        _transaction = transaction;
        Call = call;
    }

    public DebtHubDbContext Db { get; }

    /// <summary>The tracked call; null when the call is not one the dialer placed under an attempt.</summary>
    public DialerCall? Call { get; private set; }

    public static async Task<DialerCallSession> OpenAsync(DebtHubDbContext db, string callSid, CancellationToken cancellationToken)
    {
        var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await DialerCallLock.AcquireAsync(db, callSid, cancellationToken);
        var call = await db.DialerCalls.SingleOrDefaultAsync(c => c.CallSid == callSid, cancellationToken);
        return new DialerCallSession(db, transaction, call);
    }

    /// <summary>
    /// Links the call to the attempt named in the (signed) webhook URL the first time any webhook of the call arrives,
    /// whichever comes first; an attempt already linked to another call is refused.
    /// </summary>
    public async Task<DialerCall?> TrackAsync(string callSid, Guid? attemptId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (Call is not null || attemptId is not { } id)
        {
            return Call;
        }

        var attempt = await Db.ContactAttempts.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (attempt is null || await Db.DialerCalls.AnyAsync(c => c.AttemptId == id, cancellationToken))
        {
            return null;
        }

        Call = DialerCall.Track(callSid, attempt, now);
        Db.DialerCalls.Add(Call);
        return Call;
    }

    /// <summary>The call's attempt, tracked, for writing its result.</summary>
    public Task<ContactAttempt> AttemptAsync(CancellationToken cancellationToken) =>
        Db.ContactAttempts.SingleAsync(a => a.Id == Call!.AttemptId, cancellationToken);

    /// <summary>
    /// Writes the attempt's result (unless it is written already) through the ledger, and commits it together with
    /// everything else changed in this session.
    /// </summary>
    public async Task CommitWithResultAsync(IContactLedger ledger, AttemptOutcome outcome, ContactDisposition disposition, CancellationToken cancellationToken)
    {
        var attempt = await AttemptAsync(cancellationToken);
        if (attempt.ConnectResult is null)
        {
            if (disposition == ContactDisposition.Abandoned)
            {
                // What predictive pacing counts against live answers (written with the result, while the row may still change).
                attempt.MarkAbandoned(Call!.AbandonedAt ?? throw new InvalidOperationException("Mark the call abandoned first."));
            }

            await ledger.RecordResultAsync(attempt, outcome, disposition, false, CommitAsync, cancellationToken);
        }
        else
        {
            await CommitAsync(cancellationToken);
        }
    }

    /// <summary>Saves everything changed in this session and commits.</summary>
    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        await Db.SaveChangesAsync(cancellationToken);
        await _transaction.CommitAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await _transaction.DisposeAsync();
        Db.ChangeTracker.Clear();
    }
}
