using Microsoft.Extensions.Logging;

namespace DebtHub.Infrastructure.Ledger;

/// <summary>
/// Whether this process may grant reservations. It starts unavailable (nothing is granted before the first rebuild or
/// reconcile) and turns unavailable on any Redis failure or sign of lost data; only the maintenance loop turns it ready
/// again. Each change is logged once, not on every refused contact.
/// </summary>
internal sealed class LedgerReadiness(TimeProvider clock, ILogger<LedgerReadiness> logger)
{
    private readonly Lock _lock = new();
    private readonly SemaphoreSlim _wake = new(0, 1);
    private LedgerStatus _status = new(false, "Not yet rebuilt or reconciled from PostgreSQL since start-up.", clock.GetUtcNow());
    private DateTimeOffset? _lostAt;

    public LedgerStatus Status => Volatile.Read(ref _status);

    public bool IsReady => Status.Ready;

    /// <summary>When this process first saw that Redis lost the ledger's data, until the rebuild completes.</summary>
    public DateTimeOffset? LostAt
    {
        get
        {
            lock (_lock)
            {
                return _lostAt;
            }
        }
    }

    public void MarkUnavailable(string reason, Exception? exception = null)
    {
        lock (_lock)
        {
            if (!_status.Ready && _status.Reason == reason)
            {
                return;
            }

            _status = new LedgerStatus(false, reason, clock.GetUtcNow());
        }

        LedgerLog.Unavailable(logger, reason, exception);
        Wake();
    }

    /// <summary>Records the first sighting of lost data and returns it: the rebuild waits a grace period from there.</summary>
    public DateTimeOffset MarkDataLost(TimeSpan grace)
    {
        DateTimeOffset lostAt;
        bool first;
        lock (_lock)
        {
            first = _lostAt is null;
            _lostAt ??= clock.GetUtcNow();
            lostAt = _lostAt.Value;
        }

        MarkUnavailable("Redis lost the contact ledger's data (flush or restart); dialing resumes after the rebuild from PostgreSQL.");
        if (first)
        {
            LedgerLog.DataLost(logger, lostAt + grace);
        }

        return lostAt;
    }

    public void MarkReady(string reason)
    {
        LedgerStatus previous;
        lock (_lock)
        {
            previous = _status;
            _lostAt = null;
            if (previous.Ready)
            {
                return;
            }

            _status = new LedgerStatus(true, reason, clock.GetUtcNow());
        }

        LedgerLog.Ready(logger, clock.GetUtcNow() - previous.Since, reason);
    }

    /// <summary>Wakes the maintenance loop early (a failure was seen), without piling up wake-ups.</summary>
    public void Wake()
    {
        try
        {
            _wake.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already signalled.
        }
    }

    public Task<bool> WaitForWakeAsync(TimeSpan timeout, CancellationToken cancellationToken) => _wake.WaitAsync(timeout, cancellationToken);
}
