using DebtHub.GraphQL.Language;
using DebtHub.GraphQL.Language.Ast;

namespace DebtHub.GraphQL.Validation.Rules;

/// <summary>
/// Required Arguments (https://spec.graphql.org/September2025/#sec-Required-Arguments):
/// "For each Field or Directive in the document: Let arguments be the arguments provided by the Field or Directive. Let
/// argumentDefinitions be the set of argument definitions of that Field or Directive. For each argumentDefinition in
/// argumentDefinitions: Let type be the expected type of argumentDefinition. Let defaultValue be the default value of
/// argumentDefinition. If type is Non-Null and defaultValue does not exist: Let argumentName be the name of
/// argumentDefinition. Let argument be the argument in arguments named argumentName. argument must exist."
/// </summary>
internal sealed class RequiredArguments : ValidationRule
{
    private Dictionary<string, List<(string Name, string Type)>>? _directiveRequired;

    public override IReadOnlyList<SyntaxKind> EnterKinds => [];

    public override IReadOnlyList<SyntaxKind> LeaveKinds => [SyntaxKind.Field, SyntaxKind.Directive];

    public override void Leave(SyntaxNode node, ValidationContext context)
    {
        if (node is FieldNode field)
        {
            var fieldDefinition = context.TypeInfo.FieldDefinition;
            if (fieldDefinition is null)
            {
                return;
            }

            foreach (var argumentDefinition in fieldDefinition.Arguments)
            {
                if (argumentDefinition.IsRequired && !Provided(field.Arguments, argumentDefinition.Name))
                {
                    context.ReportError(
                        $"Field \"{fieldDefinition.Name}\" argument \"{argumentDefinition.Name}\" of type \"{argumentDefinition.Type}\" is required, but it was not provided.",
                        field);
                }
            }

            return;
        }

        var directive = (DirectiveNode)node;
        _directiveRequired ??= DirectiveRequiredArguments(context);
        if (!_directiveRequired.TryGetValue(directive.Name.Value, out var required))
        {
            return;
        }

        foreach (var (name, type) in required)
        {
            if (!Provided(directive.Arguments, name))
            {
                context.ReportError($"Directive \"@{directive.Name.Value}\" argument \"{name}\" of type \"{type}\" is required, but it was not provided.", directive);
            }
        }
    }

    private static bool Provided(IReadOnlyList<ArgumentNode> arguments, string name)
    {
        foreach (var argument in arguments)
        {
            if (argument.Name.Value == name)
            {
                return true;
            }
        }

        return false;
    }

    private static Dictionary<string, List<(string, string)>> DirectiveRequiredArguments(ValidationContext context)
    {
        var map = new Dictionary<string, List<(string, string)>>(StringComparer.Ordinal);
        foreach (var directive in context.Schema.Directives)
        {
            map[directive.Name] = directive.Arguments.Where(a => a.IsRequired).Select(a => (a.Name, a.Type.ToString())).ToList();
        }

        foreach (var definition in context.Document.Definitions)
        {
            if (definition is DirectiveDefinitionNode directive)
            {
                map[directive.Name.Value] = directive.Arguments
                    .Where(a => a.Type is NonNullTypeNode && a.DefaultValue is null)
                    .Select(a => (a.Name.Value, Printer.Print(a.Type)))
                    .ToList();
            }
        }

        return map;
    }
}
