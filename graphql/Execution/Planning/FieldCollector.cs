using DebtHub.GraphQL.Language.Ast;
using DebtHub.GraphQL.Types;

namespace DebtHub.GraphQL.Execution.Planning;

/// <summary>Spec §6.3.2 CollectFields, with @skip/@include and fragment type conditions (DoesFragmentTypeApply).</summary>
internal sealed class FieldCollector(Schema schema, IReadOnlyDictionary<string, FragmentDefinitionNode> fragments)
{
    public FieldPlan[] Collect(ObjectType type, IEnumerable<SelectionSetNode> selectionSets, IReadOnlyDictionary<string, object?> variables)
    {
        var grouped = new Dictionary<string, List<FieldNode>>(StringComparer.Ordinal);
        var order = new List<string>();
        var visited = new HashSet<string>(StringComparer.Ordinal);
        foreach (var selectionSet in selectionSets)
        {
            CollectInto(type, selectionSet, variables, grouped, order, visited);
        }
        var plans = new List<FieldPlan>(order.Count);
        foreach (var key in order)
        {
            var nodes = grouped[key];
            // Fields unknown to the type are left out, as graphql-js does (validation reports them).
            if (GetFieldDefinition(type, nodes[0].Name.Value) is { } definition)
            {
                plans.Add(new FieldPlan(key, definition, nodes));
            }
        }
        return [.. plans];
    }

    private void CollectInto(
        ObjectType type, SelectionSetNode selectionSet, IReadOnlyDictionary<string, object?> variables,
        Dictionary<string, List<FieldNode>> grouped, List<string> order, HashSet<string> visited)
    {
        foreach (var selection in selectionSet.Selections)
        {
            if (!ShouldInclude(selection, variables))
            {
                continue;
            }
            switch (selection)
            {
                case FieldNode field:
                    var key = field.ResponseKey;
                    if (!grouped.TryGetValue(key, out var list))
                    {
                        grouped[key] = list = [];
                        order.Add(key);
                    }
                    list.Add(field);
                    break;
                case InlineFragmentNode inline:
                    if (inline.TypeCondition is null || DoesFragmentTypeApply(type, inline.TypeCondition))
                    {
                        CollectInto(type, inline.SelectionSet, variables, grouped, order, visited);
                    }
                    break;
                case FragmentSpreadNode spread:
                    var name = spread.Name.Value;
                    if (!visited.Add(name) || !fragments.TryGetValue(name, out var fragment) || !DoesFragmentTypeApply(type, fragment.TypeCondition))
                    {
                        continue;
                    }
                    CollectInto(type, fragment.SelectionSet, variables, grouped, order, visited);
                    break;
            }
        }
    }

    private bool DoesFragmentTypeApply(ObjectType type, NamedTypeNode condition)
    {
        var conditionType = schema.GetType(condition.Name.Value);
        return conditionType switch
        {
            ObjectType objectType => ReferenceEquals(objectType, type),
            InterfaceType or UnionType => schema.IsSubType(conditionType, type),
            _ => false,
        };
    }

    public FieldDefinition? GetFieldDefinition(ObjectType type, string name)
    {
        if (name.Length > 1 && name[0] == '_' && name[1] == '_')
        {
            if (name == "__typename")
            {
                return schema.TypeNameField;
            }
            if (ReferenceEquals(type, schema.Query))
            {
                if (name == "__schema")
                {
                    return schema.SchemaField;
                }
                if (name == "__type")
                {
                    return schema.TypeField;
                }
            }
        }
        return type.GetField(name);
    }

    /// <summary>@skip(if: true) or @include(if: false) leave a selection out.</summary>
    public static bool ShouldInclude(IHasDirectives node, IReadOnlyDictionary<string, object?> variables)
    {
        foreach (var directive in node.Directives)
        {
            var name = directive.Name.Value;
            if (name is not ("skip" or "include"))
            {
                continue;
            }
            var condition = false;
            foreach (var argument in directive.Arguments)
            {
                if (argument.Name.Value == "if")
                {
                    condition = argument.Value switch
                    {
                        BooleanValueNode b => b.Value,
                        VariableNode v => variables.TryGetValue(v.Name.Value, out var value) && value is true,
                        _ => false,
                    };
                }
            }
            if (name == "skip" ? condition : !condition)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Whether any @skip/@include in the document depends on a variable (then plans are not cached).</summary>
    public static bool HasVariableConditions(DocumentNode document)
    {
        foreach (var definition in document.Definitions)
        {
            if (definition is ExecutableDefinitionNode executable && HasVariableConditions(executable.SelectionSet))
            {
                return true;
            }
        }
        return false;
    }

    private static bool HasVariableConditions(SelectionSetNode? selectionSet)
    {
        if (selectionSet is null)
        {
            return false;
        }
        foreach (var selection in selectionSet.Selections)
        {
            foreach (var directive in selection.Directives)
            {
                if (directive.Name.Value is "skip" or "include" && directive.Arguments.Any(a => a.Value is VariableNode))
                {
                    return true;
                }
            }
            var inner = selection switch
            {
                FieldNode f => f.SelectionSet,
                InlineFragmentNode i => i.SelectionSet,
                _ => null,
            };
            if (HasVariableConditions(inner))
            {
                return true;
            }
        }
        return false;
    }
}
