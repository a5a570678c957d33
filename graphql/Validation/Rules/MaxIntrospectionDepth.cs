using DebtHub.GraphQL.Language.Ast;

namespace DebtHub.GraphQL.Validation.Rules;

/// <summary>
/// Not a spec rule: graphql-js 16.15's MaxIntrospectionDepthRule. An introspection query may nest the list fields of
/// __Type (fields, interfaces, possibleTypes, inputFields) at most three deep, so a small document cannot make the
/// server produce an exponentially large response.
/// </summary>
internal sealed class MaxIntrospectionDepth : ValidationRule
{
    private const int MaxListsDepth = 3;

    private Dictionary<string, int>? _checked;
    private Dictionary<string, int>? _exceeded;

    public override IReadOnlyList<SyntaxKind> EnterKinds => [SyntaxKind.Field];

    public override bool Enter(SyntaxNode node, ValidationContext context)
    {
        var field = (FieldNode)node;
        if (field.Name.Value is not ("__schema" or "__type"))
        {
            return true;
        }

        _checked ??= new Dictionary<string, int>(StringComparer.Ordinal);
        _exceeded ??= new Dictionary<string, int>(StringComparer.Ordinal);
        if (CheckDepth(field, new Dictionary<string, int>(StringComparer.Ordinal), 0, context))
        {
            context.ReportError("Maximum introspection depth exceeded", field);
            return false;
        }

        return true;
    }

    private bool CheckDepth(SyntaxNode node, Dictionary<string, int> visited, int depth, ValidationContext context)
    {
        if (node is FragmentSpreadNode spread)
        {
            var name = spread.Name.Value;
            if (_exceeded!.TryGetValue(name, out var exceededDepth) && exceededDepth <= depth)
            {
                return true;
            }

            if ((visited.TryGetValue(name, out var visitedDepth) && visitedDepth >= depth)
                || (_checked!.TryGetValue(name, out var checkedDepth) && checkedDepth >= depth))
            {
                return false;
            }

            var fragment = context.GetFragment(name);
            if (fragment is null)
            {
                return false;
            }

            visited[name] = depth;
            if (CheckDepth(fragment, visited, depth, context))
            {
                _exceeded[name] = depth;
                return true;
            }

            _checked[name] = depth;
            return false;
        }

        if (node is FieldNode { Name.Value: "fields" or "interfaces" or "possibleTypes" or "inputFields" })
        {
            depth++;
            if (depth >= MaxListsDepth)
            {
                return true;
            }
        }

        var selectionSet = node switch
        {
            FieldNode f => f.SelectionSet,
            InlineFragmentNode i => i.SelectionSet,
            FragmentDefinitionNode d => d.SelectionSet,
            _ => null,
        };
        if (selectionSet is not null)
        {
            foreach (var child in selectionSet.Selections)
            {
                if (CheckDepth(child, visited, depth, context))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
