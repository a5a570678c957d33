using DebtHub.GraphQL.Language.Ast;

namespace DebtHub.GraphQL.Validation.Rules;

/// <summary>
/// Fragment Spread Target Defined (https://spec.graphql.org/September2025/#sec-Fragment-Spread-Target-Defined):
/// "For every namedSpread in a document: Let fragment be the target of namedSpread. fragment must be defined in the
/// document."
/// </summary>
internal sealed class FragmentSpreadTargetDefined : ValidationRule
{
    public override IReadOnlyList<SyntaxKind> EnterKinds => [SyntaxKind.FragmentSpread];

    public override bool Enter(SyntaxNode node, ValidationContext context)
    {
        var spread = (FragmentSpreadNode)node;
        if (context.GetFragment(spread.Name.Value) is null)
        {
            context.ReportError($"Unknown fragment \"{spread.Name.Value}\".", spread.Name);
        }

        return true;
    }
}
