using DebtHub.GraphQL.Language.Ast;

namespace DebtHub.GraphQL.Validation.Rules;

/// <summary>
/// Argument Names (https://spec.graphql.org/September2025/#sec-Argument-Names):
/// "For each argument in the document: Let argumentName be the Name of argument. Let argumentDefinition be the argument
/// definition provided by the parent field or definition named argumentName. argumentDefinition must exist."
/// </summary>
internal sealed class ArgumentNames : ValidationRule
{
    private Dictionary<string, List<string>>? _directiveArguments;

    public override IReadOnlyList<SyntaxKind> EnterKinds => [SyntaxKind.Directive, SyntaxKind.Argument];

    public override bool Enter(SyntaxNode node, ValidationContext context)
    {
        if (node is DirectiveNode directive)
        {
            _directiveArguments ??= DirectiveArguments(context);
            if (_directiveArguments.TryGetValue(directive.Name.Value, out var known))
            {
                foreach (var argument in directive.Arguments)
                {
                    var argumentName = argument.Name.Value;
                    if (!known.Contains(argumentName))
                    {
                        context.ReportError(
                            $"Unknown argument \"{argumentName}\" on directive \"@{directive.Name.Value}\"." + Suggestions.DidYouMean(Suggestions.List(argumentName, known)),
                            argument);
                    }
                }
            }

            return false;
        }

        var fieldDefinition = context.TypeInfo.FieldDefinition;
        var parentType = context.TypeInfo.ParentType;
        if (context.TypeInfo.Argument is null && fieldDefinition is not null && parentType is not null)
        {
            var name = ((ArgumentNode)node).Name.Value;
            context.ReportError(
                $"Unknown argument \"{name}\" on field \"{parentType.Name}.{fieldDefinition.Name}\"." + Suggestions.DidYouMean(Suggestions.List(name, fieldDefinition.Arguments.Select(a => a.Name))),
                node);
        }

        return true;
    }

    private static Dictionary<string, List<string>> DirectiveArguments(ValidationContext context)
    {
        var map = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var directive in context.Schema.Directives)
        {
            map[directive.Name] = directive.Arguments.Select(a => a.Name).ToList();
        }

        foreach (var definition in context.Document.Definitions)
        {
            if (definition is DirectiveDefinitionNode directive)
            {
                map[directive.Name.Value] = directive.Arguments.Select(a => a.Name.Value).ToList();
            }
        }

        return map;
    }
}
