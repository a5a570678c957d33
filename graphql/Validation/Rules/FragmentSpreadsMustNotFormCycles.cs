using DebtHub.GraphQL.Language.Ast;

namespace DebtHub.GraphQL.Validation.Rules;

/// <summary>
/// Fragment Spreads Must Not Form Cycles (https://spec.graphql.org/September2025/#sec-Fragment-Spreads-Must-Not-Form-Cycles):
/// "For each fragmentDefinition in the document: Let visited be the empty set. DetectFragmentCycles(fragmentDefinition,
/// visited)." — a depth-first search over spreads that reports each cycle once, with the path that forms it.
/// </summary>
internal sealed class FragmentSpreadsMustNotFormCycles : ValidationRule
{
    private HashSet<string>? _visited;
    private List<FragmentSpreadNode>? _spreadPath;
    private Dictionary<string, int>? _spreadPathIndexByName;

    public override IReadOnlyList<SyntaxKind> EnterKinds => [SyntaxKind.OperationDefinition, SyntaxKind.FragmentDefinition];

    public override bool Enter(SyntaxNode node, ValidationContext context)
    {
        if (node is FragmentDefinitionNode fragment)
        {
            _visited ??= new HashSet<string>(StringComparer.Ordinal);
            _spreadPath ??= [];
            _spreadPathIndexByName ??= new Dictionary<string, int>(StringComparer.Ordinal);
            DetectCycle(fragment, context);
        }

        return false;
    }

    private void DetectCycle(FragmentDefinitionNode fragment, ValidationContext context)
    {
        var fragmentName = fragment.Name.Value;
        if (!_visited!.Add(fragmentName))
        {
            return;
        }

        var spreads = context.GetFragmentSpreads(fragment.SelectionSet);
        if (spreads.Count == 0)
        {
            return;
        }

        _spreadPathIndexByName![fragmentName] = _spreadPath!.Count;
        foreach (var spread in spreads)
        {
            var spreadName = spread.Name.Value;
            _spreadPath.Add(spread);
            if (!_spreadPathIndexByName.TryGetValue(spreadName, out var cycleIndex))
            {
                if (context.GetFragment(spreadName) is { } target)
                {
                    DetectCycle(target, context);
                }
            }
            else
            {
                var cyclePath = _spreadPath.GetRange(cycleIndex, _spreadPath.Count - cycleIndex);
                var via = string.Join(", ", cyclePath.Take(cyclePath.Count - 1).Select(s => "\"" + s.Name.Value + "\""));
                context.ReportError($"Cannot spread fragment \"{spreadName}\" within itself" + (via.Length > 0 ? $" via {via}." : "."), cyclePath);
            }

            _spreadPath.RemoveAt(_spreadPath.Count - 1);
        }

        _spreadPathIndexByName.Remove(fragmentName);
    }
}
