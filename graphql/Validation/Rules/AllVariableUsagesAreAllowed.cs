using DebtHub.GraphQL.Language.Ast;
using DebtHub.GraphQL.Types;

namespace DebtHub.GraphQL.Validation.Rules;

/// <summary>
/// All Variable Usages Are Allowed (https://spec.graphql.org/September2025/#sec-All-Variable-Usages-Are-Allowed):
/// "For each operation in document: Let variableUsages be all usages transitively included in the operation. For each
/// variableUsage in variableUsages: Let variableName be the name of variableUsage. Let variableDefinition be the
/// VariableDefinition named variableName defined within operation. IsVariableUsageAllowed(variableDefinition,
/// variableUsage) must be true." Also: a variable filling a OneOf input object field must be non-nullable.
/// </summary>
internal sealed class AllVariableUsagesAreAllowed : ValidationRule
{
    private Dictionary<string, VariableDefinitionNode>? _definitions;

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
            var definition = (VariableDefinitionNode)node;
            (_definitions ??= new Dictionary<string, VariableDefinitionNode>(StringComparer.Ordinal))[definition.Variable.Name.Value] = definition;
        }

        return true;
    }

    public override void Leave(SyntaxNode node, ValidationContext context)
    {
        if (_definitions is not { Count: > 0 })
        {
            return;
        }

        foreach (var usage in context.GetRecursiveVariableUsages((OperationDefinitionNode)node))
        {
            var name = usage.Node.Name.Value;
            if (!_definitions.TryGetValue(name, out var definition) || usage.Type is null)
            {
                continue;
            }

            var variableType = TypeInfo.TypeFromAst(context.Schema, definition.Type);
            if (variableType is not null && !IsAllowed(context.Schema, variableType, definition.DefaultValue, usage.Type, usage.DefaultValue))
            {
                context.ReportError($"Variable \"${name}\" of type \"{variableType}\" used in position expecting type \"{usage.Type}\".", definition, usage.Node);
            }

            if (usage.ParentType is InputObjectType { IsOneOf: true } oneOf && variableType is not null and not NonNullType)
            {
                context.ReportError($"Variable \"${name}\" is of type \"{variableType}\" but must be non-nullable to be used for OneOf Input Object \"{oneOf.Name}\".", definition, usage.Node);
            }
        }
    }

    /// <summary>IsVariableUsageAllowed: a nullable variable may fill a non-null position only with a default on either side.</summary>
    private static bool IsAllowed(Schema schema, GraphQLType variableType, ValueNode? variableDefault, GraphQLType locationType, ValueNode? locationDefault)
    {
        if (locationType is NonNullType nonNullLocation && variableType is not NonNullType)
        {
            var hasNonNullVariableDefault = variableDefault is not null and not NullValueNode;
            if (!hasNonNullVariableDefault && locationDefault is null)
            {
                return false;
            }

            return TypeComparators.IsTypeSubTypeOf(schema, variableType, nonNullLocation.OfType);
        }

        return TypeComparators.IsTypeSubTypeOf(schema, variableType, locationType);
    }
}
