using Microsoft.Extensions.Logging;

namespace DebtHub.Infrastructure.Ledger;

/// <summary>The ledger's log lines (event ids 5100–5149). Ids and counts only, never names or numbers.</summary>
internal static partial class LedgerLog
{
    [LoggerMessage(5100, LogLevel.Error, "Contact ledger unavailable, every contact is refused: {Reason}")]
    public static partial void Unavailable(ILogger logger, string reason, Exception? exception);

    [LoggerMessage(5101, LogLevel.Information, "Contact ledger ready after {Downtime}: {Reason}")]
    public static partial void Ready(ILogger logger, TimeSpan downtime, string reason);

    [LoggerMessage(5102, LogLevel.Warning, "Redis lost the contact ledger's data; rebuilding from PostgreSQL at {RebuildAt:o}, once in-flight confirmations have settled")]
    public static partial void DataLost(ILogger logger, DateTimeOffset rebuildAt);

    [LoggerMessage(5103, LogLevel.Information, "Contact ledger replayed {Attempts} attempts of the last {Days} days from PostgreSQL in {Elapsed} ({Kind})")]
    public static partial void Replayed(ILogger logger, int attempts, int days, TimeSpan elapsed, string kind);

    [LoggerMessage(5104, LogLevel.Warning, "Attempt {AttemptId} took {Elapsed} to record after its reservation was consumed; it is recorded as not placed and must not be dialed")]
    public static partial void ConfirmTooSlow(ILogger logger, Guid attemptId, TimeSpan elapsed);

    [LoggerMessage(5105, LogLevel.Error, "Attempt {AttemptId} could not be recorded in PostgreSQL; its permit is consumed and it must not be dialed")]
    public static partial void RecordFailed(ILogger logger, Guid attemptId, Exception exception);

    [LoggerMessage(5106, LogLevel.Warning, "Contact ledger reconcile failed; it is retried in {Interval}")]
    public static partial void ReconcileFailed(ILogger logger, TimeSpan interval, Exception exception);
}
