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

    private OperationDefinitionNode? _operation;

    public static SelectionContext From(IResolverContext context) => context is ResolverContext resolver
        ? new SelectionContext(resolver.Schema, resolver.State.Document.Fragments, resolver.State.Variables) { _operation = resolver.State.Operation }
        : new SelectionContext(context.Schema, NoFragments, NoVariables);

    /// <summary>
    /// The selection sets of the field being resolved, from every selection merged into its response key (the
    /// resolver context holds only the first; fragments colocated by clients such as Relay often add more).
    /// </summary>
    public List<SelectionSetNode> FieldSelectionSets(IResolverContext context)
    {
        if (_operation is null || schema.GetRootType(_operation.Operation) is not { } root)
        {
            return context.Selection.SelectionSet is { } own ? [own] : [];
        }
        List<SelectionSetNode> sets = [_operation.SelectionSet];
        var typeName = root.Name;
        var keys = context.Path.OfType<string>().ToList();
        for (var i = 0; i < keys.Count; i++)
        {
            var last = i == keys.Count - 1;
            var nodes = new List<FieldNode>();
            var visited = new HashSet<string>(StringComparer.Ordinal);
            foreach (var set in sets)
            {
                CollectKey(last ? context.ParentType.Name : typeName, keys[i], set, nodes, visited, exact: last || schema.GetType(typeName) is ObjectType);
            }
            if (last)
            {
                return SubSelections(nodes);
            }
            if (nodes.Count == 0 || (schema.GetType(typeName) as FieldsType)?.GetField(nodes[0].Name.Value) is not { } definition)
            {
                break;
            }
            typeName = definition.Type.Named.Name;
            sets = SubSelections(nodes);
        }
        return context.Selection.SelectionSet is { } fallback ? [fallback] : [];
    }

    /// <summary>The fields with response key <paramref name="key"/>; at an abstract level every fragment may apply.</summary>
    private void CollectKey(string typeName, string key, SelectionSetNode selectionSet, List<FieldNode> nodes, HashSet<string> visited, bool exact)
    {
        foreach (var selection in selectionSet.Selections)
        {
            if (!FieldCollector.ShouldInclude(selection, variables))
            {
                continue;
            }
            switch (selection)
            {
                case FieldNode field when field.ResponseKey == key:
                    nodes.Add(field);
                    break;
                case InlineFragmentNode inline when !exact || inline.TypeCondition is null || Applies(typeName, inline.TypeCondition.Name.Value):
                    CollectKey(typeName, key, inline.SelectionSet, nodes, visited, exact);
                    break;
                case FragmentSpreadNode spread when visited.Add(spread.Name.Value)
                    && fragments.TryGetValue(spread.Name.Value, out var fragment)
                    && (!exact || Applies(typeName, fragment.TypeCondition.Name.Value)):
                    CollectKey(typeName, key, fragment.SelectionSet, nodes, visited, exact);
                    break;
            }
        }
    }

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
