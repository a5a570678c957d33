namespace DebtHub.GraphQL.Execution.DataLoader;

/// <summary>A 1:n loader: one batch call returns every value of every key; a key with none loads as an empty array.</summary>
public sealed class GroupDataLoader<TKey, TValue> : DataLoaderBase<TKey, TValue[]>
    where TKey : notnull
{
    private readonly Func<IReadOnlyList<TKey>, CancellationToken, ValueTask<ILookup<TKey, TValue>>> _fetch;

    public GroupDataLoader(
        DataLoaderScheduler scheduler,
        Func<IReadOnlyList<TKey>, CancellationToken, ValueTask<ILookup<TKey, TValue>>> fetch,
        IEqualityComparer<TKey>? comparer = null)
        : base(scheduler, comparer) => _fetch = fetch;

    protected override async ValueTask<Func<TKey, TValue[]>> FetchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken)
    {
        var groups = await _fetch(keys, cancellationToken);
        return key => groups.Contains(key) ? groups[key].ToArray() : [];
    }
}
