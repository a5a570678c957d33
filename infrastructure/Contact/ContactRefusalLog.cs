using DebtHub.Domain.Contact;
using DebtHub.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace DebtHub.Infrastructure.Contact;

/// <summary>
/// Writes each refused permit (<see cref="ContactRefusal"/>) in a context of its own, so the refusal is kept even when
/// the caller's unit of work rolls back. One INSERT per refused permit request: the dialer asks for a permit only for an
/// account it has claimed to dial (as many as pacing opens lines for), and a refused account then waits in the hopper
/// until the instant the gate named, so refusals grow with dial attempts, not with the hopper's probes.
/// </summary>
public sealed partial class ContactRefusalLog(IDbContextFactory<DebtHubDbContext> contexts, ILogger<ContactRefusalLog> logger)
{
    /// <summary>Never throws for a failed write: the refusal stands whether or not it could be recorded.</summary>
    public async Task RecordAsync(ContactRefusal refusal, CancellationToken cancellationToken)
    {
        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            db.ContactRefusals.Add(refusal);
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogNotRecorded(logger, ex, refusal.Id, refusal.DebtorId);
        }
    }

    [LoggerMessage(5153, LogLevel.Warning, "Refusal {RefusalId} for debtor {DebtorId} could not be recorded; the report will not count it")]
    private static partial void LogNotRecorded(ILogger logger, Exception exception, Guid refusalId, Guid debtorId);
}
