using DebtHub.Api.Schema.Accounts;
using DebtHub.Api.Security;
using DebtHub.Domain.Accounts;
using DebtHub.Domain.Debtors;
using DebtHub.Domain.Notes;
using DebtHub.GraphQL.Execution.DataLoader;
using Microsoft.EntityFrameworkCore;

namespace DebtHub.Api.Schema.Debtors;

/// <summary>The request's loaders for debtors and what hangs off them.</summary>
internal sealed class DebtorLoaders(Loading loading)
{
    private GroupDataLoader<Guid, Account>? _accounts;

    /// <summary>
    /// Debtors with their phones (and consents), addresses and emails in one query: a screen needs them together, and a
    /// debtor has a handful of each, so one joined read beats a round trip per collection.
    /// </summary>
    public BatchDataLoader<Guid, Debtor> ById { get; } = loading.Batch<Guid, Debtor>(
        (db, ids) => db.Debtors.AsNoTracking().AsSingleQuery()
            .Include(d => d.Phones).ThenInclude(p => p.Consents)
            .Include(d => d.Addresses)
            .Include(d => d.Emails)
            .Where(d => ids.Contains(d.Id)),
        d => d.Id);

    public GroupDataLoader<Guid, Note> Notes { get; } = loading.Group<Guid, Note>(
        (db, ids) => db.Notes.AsNoTracking().Where(n => ids.Contains(n.DebtorId)).OrderByDescending(n => n.CreatedAt),
        n => n.DebtorId);

    /// <summary>The debtor's accounts this user may see (the user is the same for the whole request).</summary>
    public GroupDataLoader<Guid, Account> AccountsFor(CurrentUser user) => _accounts ??= loading.Group<Guid, Account>(
        (db, ids) => db.Accounts.AsNoTracking().AsSingleQuery().Include(a => a.Holds)
            .Where(a => ids.Contains(a.DebtorId)).VisibleTo(db, user).OrderBy(a => a.PlacedAt),
        a => a.DebtorId);
}
