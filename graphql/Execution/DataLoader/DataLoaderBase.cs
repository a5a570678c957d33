namespace DebtHub.GraphQL.Execution.DataLoader;

/// <summary>
/// Collects the keys requested while a request's resolvers run, fetches them in one batch when the scheduler
/// dispatches, and caches each key's task for the rest of the request (a key is fetched at most once per request).
/// </summary>
public abstract class DataLoaderBase<TKey, TValue> : IDispatchable
    where TKey : notnull
{
    private readonly DataLoaderScheduler _scheduler;
    private readonly Dictionary<TKey, Task<TValue>> _cache;
    private readonly object _gate = new();
    private List<KeyValuePair<TKey, TaskCompletionSource<TValue>>> _queue = [];

    protected DataLoaderBase(DataLoaderScheduler scheduler, IEqualityComparer<TKey>? comparer = null)
    {
        ArgumentNullException.ThrowIfNull(scheduler);
        _scheduler = scheduler;
        _cache = new Dictionary<TKey, Task<TValue>>(comparer);
    }

    /// <summary>The value for <paramref name="key"/>, from this request's cache or from the next batch.</summary>
    public Task<TValue> LoadAsync(TKey key)
    {
        bool first;
        Task<TValue> task;
        lock (_gate)
        {
            if (_cache.TryGetValue(key, out var cached))
            {
                return cached;
            }
            var promise = new TaskCompletionSource<TValue>();
            task = promise.Task;
            _cache.Add(key, task);
            _queue.Add(new(key, promise));
            first = _queue.Count == 1;
        }
        if (first)
        {
            _scheduler.Enqueue(this);
        }
        return task;
    }

    /// <summary>Loads several keys; the result is in the order of <paramref name="keys"/>.</summary>
    public Task<TValue[]> LoadAsync(IEnumerable<TKey> keys) => Task.WhenAll(keys.Select(LoadAsync));

    /// <summary>Fetches one batch of distinct keys.</summary>
    protected abstract ValueTask<Func<TKey, TValue>> FetchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken);

    async Task IDispatchable.DispatchAsync(CancellationToken cancellationToken)
    {
        List<KeyValuePair<TKey, TaskCompletionSource<TValue>>> queue;
        lock (_gate)
        {
            queue = _queue;
            _queue = [];
        }
        if (queue.Count == 0)
        {
            return;
        }
        var keys = new TKey[queue.Count];
        for (var i = 0; i < keys.Length; i++)
        {
            keys[i] = queue[i].Key;
        }
        Func<TKey, TValue> lookup;
        try
        {
            lookup = await FetchAsync(keys, cancellationToken);
        }
#pragma warning disable CA1031 // a failed batch fails each waiting field, not the whole request
        catch (Exception exception)
#pragma warning restore CA1031
        {
            lock (_gate)
            {
                // Failed keys are not cached, so a later request for them in this request may retry.
                foreach (var (key, _) in queue)
                {
                    _cache.Remove(key);
                }
            }
            foreach (var (_, promise) in queue)
            {
                promise.TrySetException(exception);
            }
            return;
        }
        foreach (var (key, promise) in queue)
        {
            promise.TrySetResult(lookup(key));
        }
    }
}
