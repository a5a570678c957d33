using DebtHub.GraphQL.Language.Ast;

namespace DebtHub.GraphQL.Validation.Rules;

/// <summary>
/// Argument Uniqueness (https://spec.graphql.org/September2025/#sec-Argument-Uniqueness):
/// "For each argument in the Document: Let argumentName be the Name of argument. Let arguments be all Arguments named
/// argumentName in the Argument Set which contains argument. arguments must be the set containing only argument."
/// </summary>
internal sealed class ArgumentUniqueness : ValidationRule
{
    public override IReadOnlyList<SyntaxKind> EnterKinds => [SyntaxKind.Field, SyntaxKind.Directive];

    public override bool Enter(SyntaxNode node, ValidationContext context)
    {
        var arguments = node is FieldNode field ? field.Arguments : ((DirectiveNode)node).Arguments;
        if (arguments.Count < 2)
        {
            return true;
        }

        var groups = new Dictionary<string, List<SyntaxNode>>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var argument in arguments)
        {
            if (!groups.TryGetValue(argument.Name.Value, out var list))
            {
                groups[argument.Name.Value] = list = [];
                order.Add(argument.Name.Value);
            }

            list.Add(argument.Name);
        }

        foreach (var name in order)
        {
            if (groups[name].Count > 1)
            {
                context.ReportError($"There can be only one argument named \"{name}\".", groups[name]);
            }
        }

        return true;
    }
}
