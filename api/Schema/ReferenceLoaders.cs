using DebtHub.Domain.Collectors;
using DebtHub.Domain.Creditors;
using DebtHub.GraphQL.Execution.DataLoader;
using Microsoft.EntityFrameworkCore;

namespace DebtHub.Api.Schema;

/// <summary>The request's loaders for the small reference records accounts point at.</summary>
internal sealed class ReferenceLoaders(Loading loading)
{
    public BatchDataLoader<Guid, Creditor> Creditors { get; } = loading.Batch<Guid, Creditor>(
        (db, ids) => db.Creditors.AsNoTracking().Where(c => ids.Contains(c.Id)), c => c.Id);

    public BatchDataLoader<Guid, Portfolio> Portfolios { get; } = loading.Batch<Guid, Portfolio>(
        (db, ids) => db.Portfolios.AsNoTracking().Where(p => ids.Contains(p.Id)), p => p.Id);

    public BatchDataLoader<Guid, Collector> Collectors { get; } = loading.Batch<Guid, Collector>(
        (db, ids) => db.Collectors.AsNoTracking().Where(c => ids.Contains(c.Id)), c => c.Id);

    public BatchDataLoader<Guid, Team> Teams { get; } = loading.Batch<Guid, Team>(
        (db, ids) => db.Teams.AsNoTracking().Where(t => ids.Contains(t.Id)), t => t.Id);

    public GroupDataLoader<Guid, Collector> TeamMembers { get; } = loading.Group<Guid, Collector>(
        (db, ids) => db.Collectors.AsNoTracking().Where(c => c.TeamId != null && ids.Contains(c.TeamId.Value)).OrderBy(c => c.DisplayName),
        c => c.TeamId!.Value);
}
