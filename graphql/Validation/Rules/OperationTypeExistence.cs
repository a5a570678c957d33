using DebtHub.GraphQL.Language;
using DebtHub.GraphQL.Language.Ast;

namespace DebtHub.GraphQL.Validation.Rules;

/// <summary>
/// Operation Type Existence (https://spec.graphql.org/September2025/#sec-Operation-Type-Existence):
/// "For each operation definition operation in the document: Let rootOperationType be the root operation type in
/// schema corresponding to the kind of operation. rootOperationType must exist." New in the 2025 edition; graphql-js
/// 16 has no such rule, so the wording is graphql-js 17's KnownOperationTypesRule.
/// </summary>
internal sealed class OperationTypeExistence : ValidationRule
{
    public override IReadOnlyList<SyntaxKind> EnterKinds => [SyntaxKind.OperationDefinition];

    public override bool Enter(SyntaxNode node, ValidationContext context)
    {
        var operation = (OperationDefinitionNode)node;
        if (context.Schema.GetRootType(operation.Operation) is null)
        {
            context.ReportError($"The {Printer.OperationName(operation.Operation)} operation is not supported by the schema.", operation);
        }

        return false;
    }
}
