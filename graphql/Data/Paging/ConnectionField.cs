using DebtHub.GraphQL.Language.Ast;
using DebtHub.GraphQL.Types;

namespace DebtHub.GraphQL.Data;

/// <summary>
/// Resolves a Relay connection field (first/after/last/before) over the API's query with keyset cursors: the page
/// is one SQL query (filter, keyset condition, ORDER BY the sort keys and the unique key, LIMIT n+1, projected
/// columns); <c>totalCount</c> is a second query, run only when selected.
/// </summary>
internal sealed class ConnectionField<T>(ObjectMapping mapping, Func<IResolverContext, IQueryable<T>> source, ListFieldOptions options)
    where T : class
{
    public async ValueTask<object?> ResolveAsync(IResolverContext context)
    {
        var first = context.GetArgument<int?>("first");
        var last = context.GetArgument<int?>("last");
        var after = context.GetArgument<string?>("after");
        var before = context.GetArgument<string?>("before");
        PagingErrors.CheckPageSize(context, "first", first, options.MaxPageSize);
        PagingErrors.CheckPageSize(context, "last", last, options.MaxPageSize);
        if (first is null && last is null)
        {
            first = options.DefaultPageSize;
        }

        var query = new ListQuery<T>(mapping, context);
        var selections = query.Selections;
        var connectionType = context.Field.Type.Named.Name;
        var selected = selections.Collect(connectionType, selections.FieldSelectionSets(context));
        var edgeType = connectionType.EndsWith("Connection", StringComparison.Ordinal)
            ? string.Concat(connectionType.AsSpan(0, connectionType.Length - "Connection".Length), "Edge")
            : connectionType + "Edge";
        var edges = selections.Collect(edgeType, SelectionContext.SubSelections(selected.GetValueOrDefault("edges")));
        var nodeSets = SelectionContext.SubSelections(edges.GetValueOrDefault("node"));
        nodeSets.AddRange(SelectionContext.SubSelections(selected.GetValueOrDefault("nodes")));

        var filtered = query.Filter(source(context));
        var keys = query.SortKeys();
        var page = filtered;
        if (after is not null)
        {
            page = page.Where(Keyset.Beyond<T>(query.Entity, keys, Cursor.Decode(after, keys), forward: true));
        }
        if (before is not null)
        {
            page = page.Where(Keyset.Beyond<T>(query.Entity, keys, Cursor.Decode(before, keys), forward: false));
        }
        var backward = first is null;
        var size = backward ? last!.Value : first!.Value;
        var ordered = SortBuilder.Apply(page, query.Entity, keys, reverse: backward);
        // A query for totalCount alone reads no page.
        var pageSelected = selected.ContainsKey("edges") || selected.ContainsKey("nodes") || selected.ContainsKey("pageInfo");
        // Take(size + 1) also tells whether more rows follow, even for first: 0.
        var rows = !pageSelected
            ? []
            : await query.ToListAsync(query.Project(ordered.Take(size + 1), nodeSets, keys));
        var more = rows.Count > size;
        if (more)
        {
            rows.RemoveAt(rows.Count - 1);
        }
        if (backward)
        {
            rows.Reverse();
        }
        var hasNextPage = backward ? before is not null : more;
        var hasPreviousPage = backward ? more : after is not null;
        if (!backward && last is { } tail && rows.Count > tail)
        {
            // first and last together: Relay slices first, then keeps the last items of that slice.
            rows.RemoveRange(0, rows.Count - tail);
            hasPreviousPage = true;
        }

        var fingerprint = Cursor.Fingerprint(keys);
        var cursors = new string[rows.Count];
        for (var i = 0; i < rows.Count; i++)
        {
            cursors[i] = Cursor.Encode(fingerprint, KeyValues(rows[i], keys.Count));
        }
        var result = new Dictionary<string, object?>(4, StringComparer.Ordinal)
        {
            ["pageInfo"] = new Dictionary<string, object?>(4, StringComparer.Ordinal)
            {
                ["hasNextPage"] = hasNextPage,
                ["hasPreviousPage"] = hasPreviousPage,
                ["startCursor"] = cursors.Length > 0 ? cursors[0] : null,
                ["endCursor"] = cursors.Length > 0 ? cursors[^1] : null,
            },
            ["nodes"] = rows,
        };
        if (selected.ContainsKey("edges"))
        {
            var edgeList = new Dictionary<string, object?>[rows.Count];
            for (var i = 0; i < rows.Count; i++)
            {
                edgeList[i] = new Dictionary<string, object?>(2, StringComparer.Ordinal) { ["cursor"] = cursors[i], ["node"] = rows[i] };
            }
            result["edges"] = edgeList;
        }
        if (selected.ContainsKey("totalCount"))
        {
            result["totalCount"] = await query.CountAsync(filtered);
        }
        return result;
    }

    private static object?[] KeyValues(ProjectedRow row, int count)
    {
        var values = new object?[count];
        for (var i = 0; i < count; i++)
        {
            values[i] = row[ListQuery<T>.KeyName(i)];
        }
        return values;
    }
}
