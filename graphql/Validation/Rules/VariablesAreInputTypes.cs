using DebtHub.GraphQL.Language;
using DebtHub.GraphQL.Language.Ast;
using DebtHub.GraphQL.Types;

namespace DebtHub.GraphQL.Validation.Rules;

/// <summary>
/// Variables Are Input Types (https://spec.graphql.org/September2025/#sec-Variables-Are-Input-Types):
/// "For each operation in a document: For each variable on each operation: Let variableType be the type of variable.
/// IsInputType(variableType) must be true."
/// </summary>
internal sealed class VariablesAreInputTypes : ValidationRule
{
    public override IReadOnlyList<SyntaxKind> EnterKinds => [SyntaxKind.VariableDefinition];

    public override bool Enter(SyntaxNode node, ValidationContext context)
    {
        var definition = (VariableDefinitionNode)node;
        if (TypeInfo.TypeFromAst(context.Schema, definition.Type) is { IsInputType: false })
        {
            context.ReportError($"Variable \"${definition.Variable.Name.Value}\" cannot be non-input type \"{Printer.Print(definition.Type)}\".", definition.Type);
        }

        return true;
    }
}
