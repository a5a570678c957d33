using DebtHub.GraphQL.Execution;
using DebtHub.GraphQL.Execution.Planning;
using DebtHub.GraphQL.Language.Ast;
using DebtHub.GraphQL.Types;

namespace DebtHub.GraphQL.Data;

/// <summary>
/// Reads what a query selects below a field, through fragment spreads and inline fragments and honouring
/// @skip/@include, grouped by field name (aliases of one field share one projected value).
/// </summary>
internal sealed class SelectionContext(
    Schema schema, IReadOnlyDictionary<string, FragmentDefinitionNode> fragments, IReadOnlyDictionary<string, object?> variables)
{
    private static readonly Dictionary<string, FragmentDefinitionNode> NoFragments = [];
    private static readonly Dictionary<string, object?> NoVariables = [];

    public static SelectionContext From(IResolverContext context) => context is ResolverContext resolver
        ? new SelectionContext(resolver.Schema, resolver.State.Document.Fragments, resolver.State.Variables)
        : new SelectionContext(context.Schema, NoFragments, NoVariables);

    public Schema Schema => schema;

    public IReadOnlyDictionary<string, object?> Variables => variables;

    /// <summary>The fields selected on object type <paramref name="typeName"/> by <paramref name="selectionSets"/>, by field name in document order.</summary>
    public Dictionary<string, List<FieldNode>> Collect(string typeName, IEnumerable<SelectionSetNode> selectionSets)
    {
        var fields = new Dictionary<string, List<FieldNode>>(StringComparer.Ordinal);
        var visited = new HashSet<string>(StringComparer.Ordinal);
        foreach (var selectionSet in selectionSets)
        {
            CollectInto(typeName, selectionSet, fields, visited);
        }
        return fields;
    }

    /// <summary>The selection sets of every selection of <paramref name="nodes"/>.</summary>
    public static List<SelectionSetNode> SubSelections(IEnumerable<FieldNode>? nodes)
    {
        var sets = new List<SelectionSetNode>();
        if (nodes is not null)
        {
            foreach (var node in nodes)
            {
                if (node.SelectionSet is { } set)
                {
                    sets.Add(set);
                }
            }
        }
        return sets;
    }

    private void CollectInto(string typeName, SelectionSetNode selectionSet, Dictionary<string, List<FieldNode>> fields, HashSet<string> visited)
    {
        foreach (var selection in selectionSet.Selections)
        {
            if (!FieldCollector.ShouldInclude(selection, variables))
            {
                continue;
            }
            switch (selection)
            {
                case FieldNode field:
                    var name = field.Name.Value;
                    if (!fields.TryGetValue(name, out var list))
                    {
                        fields[name] = list = [];
                    }
                    list.Add(field);
                    break;
                case InlineFragmentNode inline when inline.TypeCondition is null || Applies(typeName, inline.TypeCondition.Name.Value):
                    CollectInto(typeName, inline.SelectionSet, fields, visited);
                    break;
                case FragmentSpreadNode spread when visited.Add(spread.Name.Value)
                    && fragments.TryGetValue(spread.Name.Value, out var fragment)
                    && Applies(typeName, fragment.TypeCondition.Name.Value):
                    CollectInto(typeName, fragment.SelectionSet, fields, visited);
                    break;
            }
        }
    }

    private bool Applies(string typeName, string condition)
    {
        if (condition == typeName)
        {
            return true;
        }
        return schema.GetType(condition) is InterfaceType or UnionType && schema.GetType(typeName) is ObjectType type
            && schema.IsSubType(schema.GetType(condition)!, type);
    }
}
