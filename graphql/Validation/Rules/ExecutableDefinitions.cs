using DebtHub.GraphQL.Language.Ast;

namespace DebtHub.GraphQL.Validation.Rules;

/// <summary>
/// Executable Definitions (https://spec.graphql.org/September2025/#sec-Executable-Definitions):
/// "For each definition definition in the document: definition must be ExecutableDefinition (it must not be
/// TypeSystemDefinitionOrExtension)."
/// </summary>
internal sealed class ExecutableDefinitions : ValidationRule
{
    public override IReadOnlyList<SyntaxKind> EnterKinds => [SyntaxKind.Document];

    public override bool Enter(SyntaxNode node, ValidationContext context)
    {
        foreach (var definition in ((DocumentNode)node).Definitions)
        {
            if (definition is ExecutableDefinitionNode)
            {
                continue;
            }

            var name = definition switch
            {
                SchemaNodeBase => "schema",
                TypeNodeBase type => "\"" + type.Name.Value + "\"",
                DirectiveDefinitionNode directive => "\"" + directive.Name.Value + "\"",
                _ => "definition",
            };
            context.ReportError($"The {name} definition is not executable.", definition);
        }

        return false;
    }
}
