namespace DebtHub.Infrastructure.Ledger;

/// <summary>How the contact ledger keeps Redis in step with PostgreSQL (section <c>ContactLedger</c>).</summary>
public sealed class LedgerOptions
{
    public const string Section = "ContactLedger";

    /// <summary>How often a ready ledger replays the last 30 days from PostgreSQL and checks that Redis kept its data.</summary>
    public TimeSpan ReconcileInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How often an unavailable ledger tries to reach Redis and rebuild.</summary>
    public TimeSpan RetryInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// After Redis lost its data, how long to wait before rebuilding: the longest a confirmation may take between
    /// consuming its reservation in Redis and committing the attempt to PostgreSQL. A confirmation slower than this is
    /// not dialed (it is recorded as not placed), so no attempt can reach PostgreSQL after the rebuild has read it.
    /// </summary>
    public TimeSpan ConfirmGrace { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a reservation's record is kept, so a used permit stays used well past its expiry.</summary>
    public TimeSpan ReservationRecordTtl { get; set; } = TimeSpan.FromDays(1);

    /// <summary>How many attempts the rebuild reads and replays per batch.</summary>
    public int RebuildBatchSize { get; set; } = 2000;
}
