using System.Collections.Concurrent;
using System.Diagnostics;

namespace DebtHub.Api.Tests.Support;

/// <summary>
/// Counts the SQL commands one HTTP request sends to PostgreSQL: Npgsql reports each command as an Activity, and the
/// request carries a W3C traceparent of its own, so commands of other tests running at the same time do not count.
/// </summary>
public sealed class SqlCommandCounter : IDisposable
{
    private readonly ActivityListener _listener;
    private readonly ConcurrentDictionary<ActivityTraceId, ConcurrentQueue<string>> _commands = new();

    public SqlCommandCounter()
    {
        _listener = new ActivityListener
        {
            // Sampling everything makes ASP.NET Core start its request activity (the parent of Npgsql's) from traceparent.
            ShouldListenTo = source => source.Name is "Npgsql" or "Microsoft.AspNetCore",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                if (activity.Source.Name == "Npgsql")
                {
                    var text = activity.GetTagItem("db.query.text") ?? activity.GetTagItem("db.statement") ?? activity.DisplayName;
                    _commands.GetOrAdd(activity.TraceId, _ => new()).Enqueue(text?.ToString() ?? "");
                }
            },
        };
        ActivitySource.AddActivityListener(_listener);
    }

    /// <summary>A fresh trace to send as the request's traceparent header.</summary>
    public static (ActivityTraceId TraceId, string Header) NewTrace()
    {
        var trace = ActivityTraceId.CreateRandom();
        return (trace, $"00-{trace.ToHexString()}-{ActivitySpanId.CreateRandom().ToHexString()}-01");
    }

    /// <summary>The SQL of the queries sent under <paramref name="trace"/> (not the audit log's COPY, nor connection opens).</summary>
    public IReadOnlyList<string> Queries(ActivityTraceId trace) =>
        _commands.TryGetValue(trace, out var commands) ? [.. commands.Where(c => !c.StartsWith("COPY", StringComparison.OrdinalIgnoreCase) && !c.StartsWith("CONNECT", StringComparison.Ordinal))] : [];

    /// <summary>
    /// The run with the fewest SQL commands out of up to <paramref name="attempts"/>. The DataLoader scheduler dispatches
    /// a batch once the resolvers stall; on a busy machine a late resolver can add its key just after, splitting one batch
    /// in two. That costs one query, never one per row, so the tests take the best of a few runs (an N+1 never gets there).
    /// </summary>
    public static async Task<T> FewestAsync<T>(Func<Task<T>> run, Func<T, int> count, int attempts = 3)
    {
        var best = await run();
        for (var i = 1; i < attempts; i++)
        {
            var next = await run();
            if (count(next) < count(best))
            {
                best = next;
            }
        }

        return best;
    }

    public void Dispose() => _listener.Dispose();
}
