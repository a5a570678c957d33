using DebtHub.Domain.Common;

namespace DebtHub.Domain.SkipTracing;

public enum BatchStatus
{
    /// <summary>The file was exported for the vendor; its result file is awaited.</summary>
    Exported,

    /// <summary>The vendor's result file was read.</summary>
    Imported,
}

/// <summary>
/// A file of accounts sent to a batch vendor, and what came back: vendors mostly work on files, not one request per
/// debtor. Each row is one <see cref="SkipTrace"/> in batch mode, referenced by its id.
/// </summary>
public sealed class SkipTraceBatch
{
    private SkipTraceBatch() => Provider = CreatedBy = string.Empty;

    public Guid Id { get; private set; }

    public string Provider { get; private set; }

    public string CreatedBy { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public BatchStatus Status { get; private set; }

    public int RowCount { get; private set; }

    public DateTimeOffset? ImportedAt { get; private set; }

    public string? ImportedBy { get; private set; }

    public int? ResultRows { get; private set; }

    public int? RejectedRows { get; private set; }

    public static SkipTraceBatch Export(string provider, string createdBy, int rowCount, DateTimeOffset now) => rowCount <= 0
        ? throw new DomainException("EMPTY_BATCH", "A batch needs at least one account.")
        : new SkipTraceBatch
        {
            Id = Ids.New(now),
            Provider = Text.Required(provider, "Provider", 60),
            CreatedBy = Text.Required(createdBy, "Created by", 100),
            CreatedAt = now,
            Status = BatchStatus.Exported,
            RowCount = rowCount,
        };

    public void Imported(string importedBy, int resultRows, int rejectedRows, DateTimeOffset now)
    {
        if (Status == BatchStatus.Imported)
        {
            throw new DomainException("BATCH_IMPORTED", "This batch's result file was imported already.");
        }

        Status = BatchStatus.Imported;
        ImportedBy = Text.Required(importedBy, "Imported by", 100);
        ImportedAt = now;
        ResultRows = resultRows;
        RejectedRows = rejectedRows;
    }
}
