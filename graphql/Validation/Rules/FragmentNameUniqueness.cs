using DebtHub.GraphQL.Language.Ast;

namespace DebtHub.GraphQL.Validation.Rules;

/// <summary>
/// Fragment Name Uniqueness (https://spec.graphql.org/September2025/#sec-Fragment-Name-Uniqueness):
/// "For each fragment definition fragment in the document: Let fragmentName be the name of fragment. Let fragments be
/// all fragment definitions in the document named fragmentName. fragments must be a set of one."
/// </summary>
internal sealed class FragmentNameUniqueness : ValidationRule
{
    private Dictionary<string, NameNode>? _known;

    public override IReadOnlyList<SyntaxKind> EnterKinds => [SyntaxKind.OperationDefinition, SyntaxKind.FragmentDefinition];

    public override bool Enter(SyntaxNode node, ValidationContext context)
    {
        if (node is FragmentDefinitionNode fragment)
        {
            _known ??= new Dictionary<string, NameNode>(StringComparer.Ordinal);
            if (_known.TryGetValue(fragment.Name.Value, out var first))
            {
                context.ReportError($"There can be only one fragment named \"{fragment.Name.Value}\".", first, fragment.Name);
            }
            else
            {
                _known[fragment.Name.Value] = fragment.Name;
            }
        }

        return false;
    }
}
