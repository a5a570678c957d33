using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace DebtHub.GraphQL.Data;

/// <summary>
/// Runs the composed queries. A query that is also an <see cref="IAsyncEnumerable{T}"/> (EF Core's are) is read
/// asynchronously; a count goes through the provider's <c>ExecuteAsync</c> when it has one (EF Core's
/// IAsyncQueryProvider, found by shape so the engine needs no EF reference). Queries of one request run one at a
/// time, because sibling fields execute concurrently and a DbContext allows one command at a time.
/// </summary>
internal static class QueryRunner
{
    private static readonly ConditionalWeakTable<IServiceProvider, SemaphoreSlim> Gates = [];
    private static readonly ConcurrentDictionary<Type, MethodInfo?> AsyncExecutors = new();
    private static readonly MethodInfo CountMethod = typeof(Queryable).GetMethods()
        .Single(m => m.Name == nameof(Queryable.Count) && m.GetParameters().Length == 1);

    public static async Task<List<T>> ToListAsync<T>(IQueryable<T> query, IServiceProvider services, CancellationToken cancellationToken)
    {
        var gate = Gates.GetValue(services, static _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var rows = new List<T>();
            if (query is IAsyncEnumerable<T> asynchronous)
            {
                await foreach (var row in asynchronous.WithCancellation(cancellationToken).ConfigureAwait(false))
                {
                    rows.Add(row);
                }
            }
            else
            {
                rows.AddRange(query);
            }
            return rows;
        }
        finally
        {
            gate.Release();
        }
    }

    public static async Task<int> CountAsync(IQueryable query, IServiceProvider services, CancellationToken cancellationToken)
    {
        var count = Expression.Call(CountMethod.MakeGenericMethod(query.ElementType), query.Expression);
        var gate = Gates.GetValue(services, static _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var executeAsync = AsyncExecutors.GetOrAdd(query.Provider.GetType(), FindExecuteAsync);
            if (executeAsync is null)
            {
                return query.Provider.Execute<int>(count);
            }
            return await ((Task<int>)executeAsync.Invoke(query.Provider, [count, cancellationToken])!).ConfigureAwait(false);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary><c>TResult ExecuteAsync&lt;TResult&gt;(Expression, CancellationToken)</c> closed over <c>Task&lt;int&gt;</c>.</summary>
    private static MethodInfo? FindExecuteAsync(Type providerType)
    {
        foreach (var type in providerType.GetInterfaces().Prepend(providerType))
        {
            var method = type.GetMethods().FirstOrDefault(m => m.Name == "ExecuteAsync" && m.IsGenericMethodDefinition
                && m.GetParameters() is [{ ParameterType: var e }, { ParameterType: var c }] && e == typeof(Expression) && c == typeof(CancellationToken));
            if (method is not null)
            {
                return method.MakeGenericMethod(typeof(Task<int>));
            }
        }
        return null;
    }
}
