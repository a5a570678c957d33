using DebtHub.GraphQL.Language.Ast;

namespace DebtHub.GraphQL.Validation.Rules;

/// <summary>
/// All Variables Used (https://spec.graphql.org/September2025/#sec-All-Variables-Used):
/// "For every operation in the document: Let variables be the variables defined by that operation. Each variable in
/// variables must be used at least once in either the operation scope itself or any fragment transitively referenced
/// by that operation."
/// </summary>
internal sealed class AllVariablesUsed : ValidationRule
{
    private List<VariableDefinitionNode>? _definitions;

    public override IReadOnlyList<SyntaxKind> EnterKinds => [SyntaxKind.OperationDefinition, SyntaxKind.VariableDefinition];

    public override IReadOnlyList<SyntaxKind> LeaveKinds => [SyntaxKind.OperationDefinition];

    public override bool Enter(SyntaxNode node, ValidationContext context)
    {
        if (node is OperationDefinitionNode)
        {
            _definitions?.Clear();
        }
        else
        {
            (_definitions ??= []).Add((VariableDefinitionNode)node);
        }

        return true;
    }

    public override void Leave(SyntaxNode node, ValidationContext context)
    {
        if (_definitions is not { Count: > 0 })
        {
            return;
        }

        var operation = (OperationDefinitionNode)node;
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var usage in context.GetRecursiveVariableUsages(operation))
        {
            used.Add(usage.Node.Name.Value);
        }

        foreach (var definition in _definitions)
        {
            var name = definition.Variable.Name.Value;
            if (!used.Contains(name))
            {
                context.ReportError(
                    operation.Name is not null
                        ? $"Variable \"${name}\" is never used in operation \"{operation.Name.Value}\"."
                        : $"Variable \"${name}\" is never used.",
                    definition);
            }
        }
    }
}
