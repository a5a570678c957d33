using DebtHub.GraphQL.Language.Ast;

namespace DebtHub.GraphQL.Validation.Rules;

/// <summary>
/// Operation Name Uniqueness (https://spec.graphql.org/September2025/#sec-Operation-Name-Uniqueness):
/// "For each operation definition operation in the document: Let operationName be the name of operation. If
/// operationName exists: Let operations be all operation definitions in the document named operationName.
/// operations must be a set of one."
/// </summary>
internal sealed class OperationNameUniqueness : ValidationRule
{
    private Dictionary<string, NameNode>? _known;

    public override IReadOnlyList<SyntaxKind> EnterKinds => [SyntaxKind.OperationDefinition, SyntaxKind.FragmentDefinition];

    public override bool Enter(SyntaxNode node, ValidationContext context)
    {
        if (node is OperationDefinitionNode { Name: { } name })
        {
            _known ??= new Dictionary<string, NameNode>(StringComparer.Ordinal);
            if (_known.TryGetValue(name.Value, out var first))
            {
                context.ReportError($"There can be only one operation named \"{name.Value}\".", first, name);
            }
            else
            {
                _known[name.Value] = name;
            }
        }

        return false;
    }
}
