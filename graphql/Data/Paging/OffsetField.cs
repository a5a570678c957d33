using DebtHub.GraphQL.Types;

namespace DebtHub.GraphQL.Data;

/// <summary>
/// Resolves an offset-paged field (<c>skip</c>/<c>take</c>, HotChocolate's CollectionSegment): for screens that jump
/// to page n. It uses OFFSET, so prefer connections for long lists; <c>totalCount</c> runs only when selected.
/// </summary>
internal sealed class OffsetField<T>(ObjectMapping mapping, Func<IResolverContext, IQueryable<T>> source, ListFieldOptions options)
    where T : class
{
    public async ValueTask<object?> ResolveAsync(IResolverContext context)
    {
        var skip = context.GetArgument<int?>("skip") ?? 0;
        var take = context.GetArgument<int?>("take");
        PagingErrors.CheckPageSize(context, "skip", skip, int.MaxValue);
        PagingErrors.CheckPageSize(context, "take", take, options.MaxPageSize);
        var size = take ?? options.DefaultPageSize;

        var query = new ListQuery<T>(mapping, context);
        var segmentType = context.Field.Type.Named.Name;
        var selected = query.Selections.Collect(segmentType, query.Selections.FieldSelectionSets(context));
        var itemSets = SelectionContext.SubSelections(selected.GetValueOrDefault("items"));

        var filtered = query.Filter(source(context));
        var ordered = SortBuilder.Apply(filtered, query.Entity, query.SortKeys(), reverse: false);
        var rows = await query.ToListAsync(query.Project(ordered.Skip(skip).Take(size + 1), itemSets, keys: null));
        var more = rows.Count > size;
        if (more)
        {
            rows.RemoveAt(rows.Count - 1);
        }
        var result = new Dictionary<string, object?>(3, StringComparer.Ordinal)
        {
            ["items"] = rows,
            ["pageInfo"] = new Dictionary<string, object?>(2, StringComparer.Ordinal)
            {
                ["hasNextPage"] = more,
                ["hasPreviousPage"] = skip > 0,
            },
        };
        if (selected.ContainsKey("totalCount"))
        {
            result["totalCount"] = await query.CountAsync(filtered);
        }
        return result;
    }
}
