using DebtHub.GraphQL.Language.Ast;

namespace DebtHub.GraphQL.Validation.Rules;

/// <summary>
/// Variable Uniqueness (https://spec.graphql.org/September2025/#sec-Variable-Uniqueness):
/// "For every operation in the document: For every variable defined on operation: Let variableName be the name of
/// variable. Let variables be the set of all variables named variableName on operation. variables must be a set of one."
/// </summary>
internal sealed class VariableUniqueness : ValidationRule
{
    public override IReadOnlyList<SyntaxKind> EnterKinds => [SyntaxKind.OperationDefinition];

    public override bool Enter(SyntaxNode node, ValidationContext context)
    {
        var definitions = ((OperationDefinitionNode)node).VariableDefinitions;
        if (definitions.Count < 2)
        {
            return true;
        }

        var groups = new Dictionary<string, List<SyntaxNode>>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var definition in definitions)
        {
            var name = definition.Variable.Name.Value;
            if (!groups.TryGetValue(name, out var list))
            {
                groups[name] = list = [];
                order.Add(name);
            }

            list.Add(definition.Variable.Name);
        }

        foreach (var name in order)
        {
            if (groups[name].Count > 1)
            {
                context.ReportError($"There can be only one variable named \"${name}\".", groups[name]);
            }
        }

        return true;
    }
}
