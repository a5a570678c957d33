using DebtHub.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DebtHub.Api.Tests.Mutations;

/// <summary>
/// Row counts of every table a mutation writes, the ledger's sum and the stored balances' sum: equal snapshots before
/// and after a refused mutation prove it wrote nothing, not even an audit entry.
/// </summary>
public sealed record DatabaseSnapshot(
    int Debtors, int Phones, int Consents, int Addresses, int Emails, int Accounts, int Holds, int Transactions, int Notes,
    int AuditEntries, decimal LedgerSum, decimal BalanceSum, string HoldStates, string Assignments, string DebtorNames)
{
    public static async Task<DatabaseSnapshot> TakeAsync(ApiFactory api)
    {
        using var scope = api.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<DebtHubDbContext>();
        var holds = await db.AccountHolds.OrderBy(h => h.Id).Select(h => h.Id + ":" + (h.LiftedAt == null)).ToListAsync();
        var assignments = await db.Accounts.OrderBy(a => a.Id).Select(a => a.Id + ":" + a.AssignedCollectorId + ":" + a.Status).ToListAsync();
        var names = await db.Debtors.OrderBy(d => d.Id).Select(d => d.FirstName + " " + d.LastName + " " + d.PreferredLanguage + " " + d.StatedLocation).ToListAsync();
        return new DatabaseSnapshot(
            await db.Debtors.CountAsync(),
            await db.DebtorPhones.CountAsync(),
            await db.PhoneConsents.CountAsync(),
            await db.DebtorAddresses.CountAsync(),
            await db.DebtorEmails.CountAsync(),
            await db.Accounts.CountAsync(),
            await db.AccountHolds.CountAsync(),
            await db.LedgerTransactions.CountAsync(),
            await db.Notes.CountAsync(),
            await db.AuditEntries.CountAsync(),
            await db.LedgerTransactions.SumAsync(t => t.PrincipalDelta + t.InterestDelta + t.FeeDelta),
            await db.Accounts.SumAsync(a => a.PrincipalBalance + a.InterestBalance + a.FeeBalance),
            string.Join(",", holds),
            string.Join(",", assignments),
            string.Join(",", names));
    }
}
