using DebtHub.GraphQL.Execution.Errors;
using DebtHub.GraphQL.Language.Ast;
using DebtHub.GraphQL.Types;

namespace DebtHub.GraphQL.Data;

/// <summary>
/// <c>node(id:)</c> and <c>nodes(ids:)</c>: ids are decoded to (type, key), grouped by type, and each type's keys are
/// loaded with one projected query (<c>WHERE key = ANY(@keys)</c>), so 50 ids of two types cost two queries.
/// </summary>
internal sealed class NodeFields(DataModel model)
{
    public async ValueTask<object?> NodeAsync(IResolverContext context)
    {
        var id = context.GetArgument<string>("id");
        var rows = await LoadAsync(context, [id]);
        return rows[0];
    }

    public async ValueTask<object?> NodesAsync(IResolverContext context)
    {
        var ids = (context.Arguments.GetValueOrDefault("ids") as IEnumerable<object?> ?? []).Select(i => i?.ToString() ?? "").ToList();
        if (ids.Count > model.MaxNodeBatchSize)
        {
            var error = new GraphQLException($"The maximum number of nodes that can be fetched at once is {model.MaxNodeBatchSize}. This selection tried to fetch {ids.Count} nodes that exceeded the maximum allowed amount.", "HC0072");
            error.Extensions["coordinate"] = context.Field.Coordinate;
            throw error;
        }
        return await LoadAsync(context, ids);
    }

    private async Task<object?[]> LoadAsync(IResolverContext context, IReadOnlyList<string> ids)
    {
        var parsed = new (ObjectMapping Mapping, object Key)[ids.Count];
        for (var i = 0; i < ids.Count; i++)
        {
            parsed[i] = Parse(ids[i]);
        }
        var selectionSets = SelectionContext.From(context).FieldSelectionSets(context);
        var results = new object?[ids.Count];
        foreach (var group in parsed.Select((p, index) => (p.Mapping, p.Key, Index: index)).GroupBy(p => p.Mapping))
        {
            var rows = await group.Key.LoadNodesAsync(context, group.Select(g => g.Key).Distinct().ToList(), selectionSets);
            foreach (var (_, key, index) in group)
            {
                results[index] = rows.GetValueOrDefault(key);
            }
        }
        return results;
    }

    private (ObjectMapping Mapping, object Key) Parse(string id)
    {
        if (GlobalId.TryParse(id, out var typeName, out var keyText)
            && model.Mappings.TryGetValue(typeName, out var mapping) && mapping is { IsNode: true, NodeQuery: not null })
        {
            try
            {
                return (mapping, ValueConverter.Convert(keyText, mapping.KeyLambda.ReturnType)!);
            }
            catch (GraphQLException)
            {
                // An id whose key does not parse is as invalid as one that does not decode.
            }
        }
        throw new GraphQLException($"The ID \"{id}\" is not the ID of any node.", ErrorCodes.BadUserInput);
    }
}
