using DebtHub.GraphQL.Language.Ast;

namespace DebtHub.GraphQL.Validation.Rules;

/// <summary>
/// Directives Are Unique per Location (https://spec.graphql.org/September2025/#sec-Directives-Are-Unique-per-Location):
/// "For every location in the document for which Directives can apply: Let directives be the set of Directives which
/// apply to location and are not repeatable. For each directive in directives: Let directiveName be the name of
/// directive. Let namedDirectives be the set of all Directives named directiveName in directives. namedDirectives must
/// be a set of one."
/// </summary>
internal sealed class DirectivesAreUniquePerLocation : ValidationRule
{
    private Dictionary<string, bool>? _unique;
    private static readonly SyntaxKind[] _kinds =
    [
        SyntaxKind.OperationDefinition, SyntaxKind.VariableDefinition, SyntaxKind.Field, SyntaxKind.FragmentSpread,
        SyntaxKind.InlineFragment, SyntaxKind.FragmentDefinition, SyntaxKind.SchemaDefinition, SyntaxKind.SchemaExtension,
        SyntaxKind.ScalarTypeDefinition, SyntaxKind.ObjectTypeDefinition, SyntaxKind.FieldDefinition, SyntaxKind.InputValueDefinition,
        SyntaxKind.InterfaceTypeDefinition, SyntaxKind.UnionTypeDefinition, SyntaxKind.EnumTypeDefinition, SyntaxKind.EnumValueDefinition,
        SyntaxKind.InputObjectTypeDefinition, SyntaxKind.ScalarTypeExtension, SyntaxKind.ObjectTypeExtension, SyntaxKind.InterfaceTypeExtension,
        SyntaxKind.UnionTypeExtension, SyntaxKind.EnumTypeExtension, SyntaxKind.InputObjectTypeExtension,
    ];

    private Dictionary<string, DirectiveNode>? _schemaDirectives;
    private Dictionary<string, Dictionary<string, DirectiveNode>>? _typeDirectives;

    public override IReadOnlyList<SyntaxKind> EnterKinds => _kinds;

    public override bool Enter(SyntaxNode node, ValidationContext context)
    {
        if (node is not IHasDirectives { Directives.Count: > 0 } withDirectives)
        {
            return true;
        }

        _unique ??= Uniqueness(context);
        Dictionary<string, DirectiveNode> seen;
        if (node is SchemaNodeBase)
        {
            seen = _schemaDirectives ??= new Dictionary<string, DirectiveNode>(StringComparer.Ordinal);
        }
        else if (node is TypeNodeBase type)
        {
            _typeDirectives ??= new Dictionary<string, Dictionary<string, DirectiveNode>>(StringComparer.Ordinal);
            if (!_typeDirectives.TryGetValue(type.Name.Value, out seen!))
            {
                _typeDirectives[type.Name.Value] = seen = new Dictionary<string, DirectiveNode>(StringComparer.Ordinal);
            }
        }
        else
        {
            seen = new Dictionary<string, DirectiveNode>(StringComparer.Ordinal);
        }

        foreach (var directive in withDirectives.Directives)
        {
            var name = directive.Name.Value;
            if (!_unique.TryGetValue(name, out var unique) || !unique)
            {
                continue;
            }

            if (seen.TryGetValue(name, out var first))
            {
                context.ReportError($"The directive \"@{name}\" can only be used once at this location.", first, directive);
            }
            else
            {
                seen[name] = directive;
            }
        }

        return true;
    }

    private static Dictionary<string, bool> Uniqueness(ValidationContext context)
    {
        var map = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var directive in context.Schema.Directives)
        {
            map[directive.Name] = !directive.IsRepeatable;
        }

        foreach (var definition in context.Document.Definitions)
        {
            if (definition is DirectiveDefinitionNode directive)
            {
                map[directive.Name.Value] = !directive.Repeatable;
            }
        }

        return map;
    }
}
