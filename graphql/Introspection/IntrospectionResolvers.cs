using DebtHub.GraphQL.Language;
using DebtHub.GraphQL.Types;

namespace DebtHub.GraphQL.Introspection;

/// <summary>
/// Spec §4.2: resolvers of <c>__schema</c>, <c>__type</c> and the introspection types over the schema model itself
/// (a <see cref="Schema"/>, <see cref="GraphQLType"/>s, field, argument, enum value and directive definitions), including
/// <c>includeDeprecated</c>, <c>isRepeatable</c>, <c>specifiedByURL</c> and <c>isOneOf</c>.
/// </summary>
/// <summary>What an introspection field reads: no resolver context is built for these pure lookups.</summary>
internal readonly record struct IntrospectionContext(object? Parent, IReadOnlyDictionary<string, object?> Arguments, Schema Schema);

internal delegate object? IntrospectionResolver(IntrospectionContext context);

internal static class IntrospectionResolvers
{
    private static readonly Dictionary<string, IntrospectionResolver> Resolvers = new(StringComparer.Ordinal)
    {
        ["__Schema.description"] = c => Value(((Schema)c.Parent!).Description),
        ["__Schema.types"] = c => Value(((Schema)c.Parent!).TypeList),
        ["__Schema.queryType"] = c => Value(((Schema)c.Parent!).Query),
        ["__Schema.mutationType"] = c => Value(((Schema)c.Parent!).Mutation),
        ["__Schema.subscriptionType"] = c => Value(((Schema)c.Parent!).Subscription),
        ["__Schema.directives"] = c => Value(((Schema)c.Parent!).Directives),

        ["__Type.kind"] = c => Value(KindName(((GraphQLType)c.Parent!).Kind)),
        ["__Type.name"] = c => Value(c.Parent is NamedType named ? named.Name : null),
        ["__Type.description"] = c => Value(c.Parent is NamedType named ? named.Description : null),
        ["__Type.specifiedByURL"] = c => Value(c.Parent is ScalarType scalar ? scalar.SpecifiedByUrl : null),
        ["__Type.fields"] = c => Value(c.Parent is FieldsType type
            ? type.Fields.Where(f => IncludeDeprecated(c) || !f.IsDeprecated).ToArray()
            : null),
        ["__Type.interfaces"] = c => Value(c.Parent is FieldsType type ? type.Interfaces : null),
        ["__Type.possibleTypes"] = c => Value(c.Parent is InterfaceType or UnionType ? c.Schema.GetPossibleTypes((NamedType)c.Parent) : null),
        ["__Type.enumValues"] = c => Value(c.Parent is EnumType type
            ? type.Values.Where(v => IncludeDeprecated(c) || !v.IsDeprecated).ToArray()
            : null),
        ["__Type.inputFields"] = c => Value(c.Parent is InputObjectType type
            ? type.Fields.Where(f => IncludeDeprecated(c) || !f.IsDeprecated).ToArray()
            : null),
        ["__Type.ofType"] = c => Value(c.Parent switch
        {
            ListType list => list.OfType,
            NonNullType nonNull => nonNull.OfType,
            _ => null,
        }),
        ["__Type.isOneOf"] = c => Value(c.Parent is InputObjectType type ? type.IsOneOf : null),

        ["__Field.name"] = c => Value(((FieldDefinition)c.Parent!).Name),
        ["__Field.description"] = c => Value(((FieldDefinition)c.Parent!).Description),
        ["__Field.args"] = c => Value(((FieldDefinition)c.Parent!).Arguments.Where(a => IncludeDeprecated(c) || !a.IsDeprecated).ToArray()),
        ["__Field.type"] = c => Value(((FieldDefinition)c.Parent!).Type),
        ["__Field.isDeprecated"] = c => Value(((FieldDefinition)c.Parent!).IsDeprecated),
        ["__Field.deprecationReason"] = c => Value(((FieldDefinition)c.Parent!).DeprecationReason),

        ["__InputValue.name"] = c => Value(((InputValueDefinition)c.Parent!).Name),
        ["__InputValue.description"] = c => Value(((InputValueDefinition)c.Parent!).Description),
        ["__InputValue.type"] = c => Value(((InputValueDefinition)c.Parent!).Type),
        ["__InputValue.defaultValue"] = c => Value(((InputValueDefinition)c.Parent!).DefaultValue is { } value ? Printer.Print(value) : null),
        ["__InputValue.isDeprecated"] = c => Value(((InputValueDefinition)c.Parent!).IsDeprecated),
        ["__InputValue.deprecationReason"] = c => Value(((InputValueDefinition)c.Parent!).DeprecationReason),

        ["__EnumValue.name"] = c => Value(((EnumValueDefinition)c.Parent!).Name),
        ["__EnumValue.description"] = c => Value(((EnumValueDefinition)c.Parent!).Description),
        ["__EnumValue.isDeprecated"] = c => Value(((EnumValueDefinition)c.Parent!).IsDeprecated),
        ["__EnumValue.deprecationReason"] = c => Value(((EnumValueDefinition)c.Parent!).DeprecationReason),

        ["__Directive.name"] = c => Value(((DirectiveDefinition)c.Parent!).Name),
        ["__Directive.description"] = c => Value(((DirectiveDefinition)c.Parent!).Description),
        ["__Directive.isRepeatable"] = c => Value(((DirectiveDefinition)c.Parent!).IsRepeatable),
        ["__Directive.locations"] = c => Value(((DirectiveDefinition)c.Parent!).Locations),
        ["__Directive.args"] = c => Value(((DirectiveDefinition)c.Parent!).Arguments.Where(a => IncludeDeprecated(c) || !a.IsDeprecated).ToArray()),
        ["__Directive.isDeprecated"] = _ => Value(false),
        ["__Directive.deprecationReason"] = _ => Value(null),
    };

    /// <summary>The resolver of an introspection field, or null for fields of the application's own types.</summary>
    public static IntrospectionResolver? For(ObjectType parentType, FieldDefinition field, Schema schema)
    {
        if (ReferenceEquals(field, schema.SchemaField))
        {
            return static c => Value(c.Schema);
        }
        if (ReferenceEquals(field, schema.TypeField))
        {
            return static c => Value(c.Arguments.TryGetValue("name", out var name) && name is string typeName ? c.Schema.GetType(typeName) : null);
        }
        var typeName = parentType.Name;
        if (typeName.Length < 3 || typeName[0] != '_' || typeName[1] != '_')
        {
            return null;
        }
        return Resolvers.GetValueOrDefault(typeName + "." + field.Name);
    }

    private static object? Value(object? value) => value;

    private static bool IncludeDeprecated(IntrospectionContext context)
        => context.Arguments.TryGetValue("includeDeprecated", out var include) && include is true;

    private static string KindName(TypeKind kind) => kind switch
    {
        TypeKind.Scalar => "SCALAR",
        TypeKind.Object => "OBJECT",
        TypeKind.Interface => "INTERFACE",
        TypeKind.Union => "UNION",
        TypeKind.Enum => "ENUM",
        TypeKind.InputObject => "INPUT_OBJECT",
        TypeKind.List => "LIST",
        _ => "NON_NULL",
    };
}
