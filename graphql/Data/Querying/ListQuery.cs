using System.Linq.Expressions;
using DebtHub.GraphQL.Language.Ast;
using DebtHub.GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace DebtHub.GraphQL.Data;

/// <summary>
/// Composes one list field's query from the source the API gives: <c>where</c>, then <c>order</c> (with the key as
/// tiebreaker), then the caller's paging, then the projection of the selected fields, in one expression tree.
/// </summary>
internal sealed class ListQuery<T>
    where T : class
{
    public ListQuery(ObjectMapping mapping, IResolverContext context)
    {
        Mapping = mapping;
        Context = context;
        Selections = SelectionContext.From(context);
        QuerySource = Expression.Constant(context.Services.GetService<IQuerySource>() ?? MissingQuerySource.Instance, typeof(IQuerySource));
        Entity = Expression.Parameter(typeof(T), "e");
    }

    public ObjectMapping Mapping { get; }

    public IResolverContext Context { get; }

    public SelectionContext Selections { get; }

    public Expression QuerySource { get; }

    public ParameterExpression Entity { get; }

    public IQueryable<T> Filter(IQueryable<T> source)
    {
        if (Context.Arguments.TryGetValue("where", out var where) && where is IReadOnlyDictionary<string, object?> filter && filter.Count > 0)
        {
            return source.Where(new FilterBuilder(QuerySource).Build<T>(Mapping, Entity, filter));
        }
        return source;
    }

    public List<SortKey> SortKeys() => SortBuilder.Build(Mapping, Entity, Context.Arguments.GetValueOrDefault("order"), QuerySource);

    /// <summary>Rows with the fields <paramref name="selectionSets"/> select, plus the sort keys as <c>$0</c>, <c>$1</c>... for cursors.</summary>
    public IQueryable<ProjectedRow> Project(IQueryable<T> query, IReadOnlyList<SelectionSetNode> selectionSets, IReadOnlyList<SortKey>? keys)
    {
        List<KeyValuePair<string, Expression>>? extra = null;
        if (keys is not null)
        {
            extra = new(keys.Count);
            for (var i = 0; i < keys.Count; i++)
            {
                extra.Add(new(KeyName(i), keys[i].Value));
            }
        }
        return Project(query, selectionSets, extra);
    }

    /// <summary>Rows with the fields <paramref name="selectionSets"/> select and the <paramref name="extra"/> entries.</summary>
    public IQueryable<ProjectedRow> Project(
        IQueryable<T> query, IReadOnlyList<SelectionSetNode> selectionSets, IReadOnlyList<KeyValuePair<string, Expression>>? extra)
    {
        var row = new ProjectionBuilder(Selections, QuerySource).Build(Mapping, Entity, selectionSets, extra);
        return query.Select(Expression.Lambda<Func<T, ProjectedRow>>(row, Entity));
    }

    public static string KeyName(int index) => index switch
    {
        0 => "$0",
        1 => "$1",
        2 => "$2",
        _ => "$" + index.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    public Task<List<ProjectedRow>> ToListAsync(IQueryable<ProjectedRow> query)
        => QueryRunner.ToListAsync(query, Context.Services, Context.CancellationToken);

    public Task<int> CountAsync(IQueryable<T> query) => QueryRunner.CountAsync(query, Context.Services, Context.CancellationToken);

    /// <summary>Stands in when the API registered no <see cref="IQuerySource"/>; only fields that read other sets need one.</summary>
    private sealed class MissingQuerySource : IQuerySource
    {
        public static readonly MissingQuerySource Instance = new();

        public IQueryable<TSet> Set<TSet>()
            where TSet : class
            => throw new InvalidOperationException($"A mapped field reads the set of {typeof(TSet).Name}, but no IQuerySource is registered in the request services.");
    }
}
