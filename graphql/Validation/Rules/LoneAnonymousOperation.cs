using DebtHub.GraphQL.Language.Ast;

namespace DebtHub.GraphQL.Validation.Rules;

/// <summary>
/// Lone Anonymous Operation (https://spec.graphql.org/September2025/#sec-Lone-Anonymous-Operation):
/// "Let operations be all operation definitions in the document. Let anonymous be all anonymous operation definitions
/// in the document. If operations is a set of more than 1: anonymous must be empty."
/// </summary>
internal sealed class LoneAnonymousOperation : ValidationRule
{
    private int _operationCount;

    public override IReadOnlyList<SyntaxKind> EnterKinds => [SyntaxKind.Document, SyntaxKind.OperationDefinition];

    public override bool Enter(SyntaxNode node, ValidationContext context)
    {
        if (node is DocumentNode document)
        {
            foreach (var definition in document.Definitions)
            {
                if (definition is OperationDefinitionNode)
                {
                    _operationCount++;
                }
            }
        }
        else if (node is OperationDefinitionNode { Name: null } && _operationCount > 1)
        {
            context.ReportError("This anonymous operation must be the only defined operation.", node);
        }

        return true;
    }
}
