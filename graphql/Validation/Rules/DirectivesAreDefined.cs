using DebtHub.GraphQL.Language.Ast;

namespace DebtHub.GraphQL.Validation.Rules;

/// <summary>
/// Directives Are Defined (https://spec.graphql.org/September2025/#sec-Directives-Are-Defined):
/// "For every directive in a document: Let directiveName be the name of directive. Let directiveDefinition be the
/// directive named directiveName. directiveDefinition must exist."
/// </summary>
internal sealed class DirectivesAreDefined : ValidationRule
{
    private Dictionary<string, IReadOnlyList<string>>? _locations;

    public override IReadOnlyList<SyntaxKind> EnterKinds => [SyntaxKind.Directive];

    public override bool Enter(SyntaxNode node, ValidationContext context)
    {
        _locations ??= DirectiveLocations.KnownLocations(context);
        var name = ((DirectiveNode)node).Name.Value;
        if (!_locations.ContainsKey(name))
        {
            context.ReportError($"Unknown directive \"@{name}\".", node);
        }

        return true;
    }
}
