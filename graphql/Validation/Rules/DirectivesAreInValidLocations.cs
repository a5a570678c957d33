using DebtHub.GraphQL.Language.Ast;

namespace DebtHub.GraphQL.Validation.Rules;

/// <summary>
/// Directives Are in Valid Locations (https://spec.graphql.org/September2025/#sec-Directives-Are-in-Valid-Locations):
/// "For every directive in a document: Let directiveName be the name of directive. Let directiveDefinition be the
/// directive named directiveName. Let locations be the valid locations for directiveDefinition. Let adjacent be the AST
/// node the directive affects. adjacent must be represented by an item within locations."
/// </summary>
internal sealed class DirectivesAreInValidLocations : ValidationRule
{
    private Dictionary<string, IReadOnlyList<string>>? _locations;

    public override IReadOnlyList<SyntaxKind> EnterKinds => [SyntaxKind.Directive];

    public override bool Enter(SyntaxNode node, ValidationContext context)
    {
        _locations ??= DirectiveLocations.KnownLocations(context);
        var name = ((DirectiveNode)node).Name.Value;
        if (_locations.TryGetValue(name, out var locations) && DirectiveLocations.For(context) is { } candidate && !locations.Contains(candidate))
        {
            context.ReportError($"Directive \"@{name}\" may not be used on {candidate}.", node);
        }

        return true;
    }
}
