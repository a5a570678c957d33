using DebtHub.GraphQL.Language;
using DebtHub.GraphQL.Language.Ast;

namespace DebtHub.GraphQL.Validation.Rules;

/// <summary>Directive facts shared by the directive rules: known locations and repeatability, schema and document.</summary>
internal static class DirectiveLocations
{
    public static Dictionary<string, IReadOnlyList<string>> KnownLocations(ValidationContext context)
    {
        var map = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var directive in context.Schema.Directives)
        {
            map[directive.Name] = directive.Locations;
        }

        foreach (var definition in context.Document.Definitions)
        {
            if (definition is DirectiveDefinitionNode directive)
            {
                map[directive.Name.Value] = [.. directive.Locations.Select(l => l.Value)];
            }
        }

        return map;
    }

    /// <summary>The DirectiveLocation of the node a directive is applied to (graphql-js's getDirectiveLocationForASTPath).</summary>
    public static string? For(ValidationContext context)
    {
        var ancestors = context.Ancestors;
        var appliedTo = ancestors[^1];
        return appliedTo switch
        {
            OperationDefinitionNode operation => operation.Operation switch
            {
                OperationType.Query => DirectiveLocationNames.Query,
                OperationType.Mutation => DirectiveLocationNames.Mutation,
                _ => DirectiveLocationNames.Subscription,
            },
            FieldNode => DirectiveLocationNames.Field,
            FragmentSpreadNode => DirectiveLocationNames.FragmentSpread,
            InlineFragmentNode => DirectiveLocationNames.InlineFragment,
            FragmentDefinitionNode => DirectiveLocationNames.FragmentDefinition,
            VariableDefinitionNode => DirectiveLocationNames.VariableDefinition,
            SchemaNodeBase => DirectiveLocationNames.Schema,
            ScalarTypeDefinitionNode or ScalarTypeExtensionNode => DirectiveLocationNames.Scalar,
            ObjectTypeDefinitionNode or ObjectTypeExtensionNode => DirectiveLocationNames.Object,
            FieldDefinitionNode => DirectiveLocationNames.FieldDefinition,
            InterfaceTypeDefinitionNode or InterfaceTypeExtensionNode => DirectiveLocationNames.Interface,
            UnionTypeNodeBase => DirectiveLocationNames.Union,
            EnumTypeNodeBase => DirectiveLocationNames.Enum,
            EnumValueDefinitionNode => DirectiveLocationNames.EnumValue,
            InputObjectTypeNodeBase => DirectiveLocationNames.InputObject,
            InputValueDefinitionNode => ancestors.Count >= 2 && ancestors[^2] is InputObjectTypeDefinitionNode
                ? DirectiveLocationNames.InputFieldDefinition
                : DirectiveLocationNames.ArgumentDefinition,
            DirectiveDefinitionNode => DirectiveLocationNames.DirectiveDefinition,
            _ => null,
        };
    }
}
