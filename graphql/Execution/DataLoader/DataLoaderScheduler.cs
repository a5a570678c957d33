namespace DebtHub.GraphQL.Execution.DataLoader;

/// <summary>
/// One per request. Loaders register here when they receive their first key of a batch; the executor drives execution
/// through <see cref="RunAsync"/>, which dispatches all pending batches whenever no resolver can make progress without
/// them (the resolver queue has drained), like graphql-js's DataLoader does on the next tick.
/// </summary>
public sealed class DataLoaderScheduler
{
    private readonly object _gate = new();
    private List<IDispatchable> _pending = [];
    private TaskCompletionSource? _workArrived;

    internal bool HasPending
    {
        get
        {
            lock (_gate)
            {
                return _pending.Count > 0;
            }
        }
    }

    internal void Enqueue(IDispatchable loader)
    {
        TaskCompletionSource? wake;
        lock (_gate)
        {
            _pending.Add(loader);
            wake = _workArrived;
            _workArrived = null;
        }
        wake?.TrySetResult();
    }

    /// <summary>
    /// Awaits <paramref name="execution"/>, dispatching batches each time it stalls on them. Batch results complete the
    /// waiting loads synchronously, so the next level's keys are queued before the next dispatch and batch together.
    /// </summary>
    internal async Task RunAsync(Task execution, CancellationToken cancellationToken)
    {
        while (!execution.IsCompleted)
        {
            if (await DispatchAsync(cancellationToken))
            {
                continue;
            }
            Task signal;
            lock (_gate)
            {
                if (_pending.Count > 0)
                {
                    continue;
                }
                _workArrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                signal = _workArrived.Task;
            }
            await Task.WhenAny(execution, signal);
            if (!execution.IsCompleted)
            {
                // Let other continuations that became runnable at the same moment add their keys to this batch.
                await Task.Yield();
            }
        }
        await execution;
    }

    /// <summary>Runs every pending batch concurrently; false when there was nothing to dispatch.</summary>
    internal async Task<bool> DispatchAsync(CancellationToken cancellationToken)
    {
        List<IDispatchable> batch;
        lock (_gate)
        {
            if (_pending.Count == 0)
            {
                return false;
            }
            batch = _pending;
            _pending = [];
        }
        if (batch.Count == 1)
        {
            await batch[0].DispatchAsync(cancellationToken);
            return true;
        }
        var tasks = new Task[batch.Count];
        for (var i = 0; i < batch.Count; i++)
        {
            tasks[i] = batch[i].DispatchAsync(cancellationToken);
        }
        await Task.WhenAll(tasks);
        return true;
    }
}

internal interface IDispatchable
{
    /// <summary>Fetches the loader's queued keys; never throws (failures fault the waiting loads).</summary>
    Task DispatchAsync(CancellationToken cancellationToken);
}
