using DebtHub.GraphQL.Language.Ast;

namespace DebtHub.GraphQL.Validation.Rules;

/// <summary>
/// All Variable Uses Defined (https://spec.graphql.org/September2025/#sec-All-Variable-Uses-Defined):
/// "For each operation in a document: For each variableUsage in scope, variable must be in operation's variable list.
/// Let fragments be every fragment referenced by that operation transitively. For each fragment in fragments: For
/// each variableUsage in scope of fragment, variable must be in operation's variable list."
/// </summary>
internal sealed class AllVariableUsesDefined : ValidationRule
{
    private HashSet<string>? _defined;

    public override IReadOnlyList<SyntaxKind> EnterKinds => [SyntaxKind.OperationDefinition, SyntaxKind.VariableDefinition];

    public override IReadOnlyList<SyntaxKind> LeaveKinds => [SyntaxKind.OperationDefinition];

    public override bool Enter(SyntaxNode node, ValidationContext context)
    {
        if (node is OperationDefinitionNode)
        {
            _defined?.Clear();
        }
        else
        {
            (_defined ??= new HashSet<string>(StringComparer.Ordinal)).Add(((VariableDefinitionNode)node).Variable.Name.Value);
        }

        return true;
    }

    public override void Leave(SyntaxNode node, ValidationContext context)
    {
        var operation = (OperationDefinitionNode)node;
        foreach (var usage in context.GetRecursiveVariableUsages(operation))
        {
            var name = usage.Node.Name.Value;
            if (_defined is null || !_defined.Contains(name))
            {
                context.ReportError(
                    operation.Name is not null
                        ? $"Variable \"${name}\" is not defined by operation \"{operation.Name.Value}\"."
                        : $"Variable \"${name}\" is not defined.",
                    usage.Node,
                    operation);
            }
        }
    }
}
