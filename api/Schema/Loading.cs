using DebtHub.GraphQL.Execution.DataLoader;
using DebtHub.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DebtHub.Api.Schema;

/// <summary>Builds the request's batch loaders: each batch is one SQL query on a pooled DbContext of its own.</summary>
internal sealed class Loading(DataLoaderScheduler scheduler, IDbContextFactory<DebtHubDbContext> contexts)
{
    public DataLoaderScheduler Scheduler => scheduler;

    public Task<DebtHubDbContext> ContextAsync(CancellationToken cancellationToken) => contexts.CreateDbContextAsync(cancellationToken);

    /// <summary>A 1:1 loader whose batch runs <paramref name="query"/> over the batch's keys.</summary>
    public BatchDataLoader<TKey, TValue> Batch<TKey, TValue>(
        Func<DebtHubDbContext, IReadOnlyList<TKey>, IQueryable<TValue>> query, Func<TValue, TKey> key)
        where TKey : notnull =>
        new(scheduler, async (keys, cancellationToken) =>
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var rows = await query(db, keys).ToListAsync(cancellationToken);
            return rows.ToDictionary(key);
        });

    /// <summary>A 1:n loader whose batch runs <paramref name="query"/> over the batch's keys.</summary>
    public GroupDataLoader<TKey, TValue> Group<TKey, TValue>(
        Func<DebtHubDbContext, IReadOnlyList<TKey>, IQueryable<TValue>> query, Func<TValue, TKey> key)
        where TKey : notnull =>
        new(scheduler, async (keys, cancellationToken) =>
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var rows = await query(db, keys).ToListAsync(cancellationToken);
            return rows.ToLookup(key);
        });
}
