using DebtHub.GraphQL.Language.Ast;

namespace DebtHub.GraphQL.Validation.Rules;

/// <summary>
/// Fragments Must Be Used (https://spec.graphql.org/September2025/#sec-Fragments-Must-Be-Used):
/// "For each fragment defined in the document: fragment must be the target of at least one spread in the document."
/// (Used means reachable from an operation, as graphql-js counts it.)
/// </summary>
internal sealed class FragmentsMustBeUsed : ValidationRule
{
    private readonly List<OperationDefinitionNode> _operations = [];
    private List<FragmentDefinitionNode>? _fragments;

    public override IReadOnlyList<SyntaxKind> EnterKinds => [SyntaxKind.OperationDefinition, SyntaxKind.FragmentDefinition];

    public override IReadOnlyList<SyntaxKind> LeaveKinds => [SyntaxKind.Document];

    public override bool Enter(SyntaxNode node, ValidationContext context)
    {
        if (node is OperationDefinitionNode operation)
        {
            _operations.Add(operation);
        }
        else
        {
            (_fragments ??= []).Add((FragmentDefinitionNode)node);
        }

        return false;
    }

    public override void Leave(SyntaxNode node, ValidationContext context)
    {
        if (_fragments is null)
        {
            return;
        }

        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var fragment in context.GetRecursivelyReferencedFragments(_operations))
        {
            used.Add(fragment.Name.Value);
        }

        foreach (var fragment in _fragments)
        {
            if (!used.Contains(fragment.Name.Value))
            {
                context.ReportError($"Fragment \"{fragment.Name.Value}\" is never used.", fragment);
            }
        }
    }
}
