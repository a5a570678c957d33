namespace DebtHub.GraphQL.Execution.DataLoader;

/// <summary>
/// A 1:1 loader: one batch call returns at most one value per key; a key the batch does not return loads as default
/// (null for reference types), which the field then completes as null.
/// </summary>
public sealed class BatchDataLoader<TKey, TValue> : DataLoaderBase<TKey, TValue?>
    where TKey : notnull
{
    private readonly Func<IReadOnlyList<TKey>, CancellationToken, ValueTask<IReadOnlyDictionary<TKey, TValue>>> _fetch;

    public BatchDataLoader(
        DataLoaderScheduler scheduler,
        Func<IReadOnlyList<TKey>, CancellationToken, ValueTask<IReadOnlyDictionary<TKey, TValue>>> fetch,
        IEqualityComparer<TKey>? comparer = null)
        : base(scheduler, comparer) => _fetch = fetch;

    protected override async ValueTask<Func<TKey, TValue?>> FetchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken)
    {
        var values = await _fetch(keys, cancellationToken);
        return key => values.TryGetValue(key, out var value) ? value : default;
    }
}
