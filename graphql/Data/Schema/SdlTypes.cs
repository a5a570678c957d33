using DebtHub.GraphQL.Language.Ast;

namespace DebtHub.GraphQL.Data;

/// <summary>What the SDL documents added so far declare: object fields (extensions merged), enums, interfaces, all type names.</summary>
internal sealed class SdlTypes
{
    public SdlTypes(IEnumerable<DocumentNode> documents)
    {
        foreach (var definition in documents.SelectMany(d => d.Definitions))
        {
            switch (definition)
            {
                case ObjectTypeDefinitionNode type:
                    Add(type.Name.Value, type.Fields, type.Interfaces);
                    break;
                case ObjectTypeExtensionNode extension:
                    Add(extension.Name.Value, extension.Fields, extension.Interfaces);
                    break;
                case ScalarTypeDefinitionNode scalar:
                    Scalars.Add(scalar.Name.Value);
                    Names.Add(scalar.Name.Value);
                    break;
                case EnumTypeDefinitionNode enumType:
                    Enums.Add(enumType.Name.Value);
                    Names.Add(enumType.Name.Value);
                    break;
                case TypeNodeBase other:
                    Names.Add(other.Name.Value);
                    break;
            }
        }
    }

    public Dictionary<string, List<FieldDefinitionNode>> Objects { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, HashSet<string>> Implements { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Enums { get; } = new(StringComparer.Ordinal);

    /// <summary>Scalars: the built-in ones and those the SDL declares.</summary>
    public HashSet<string> Scalars { get; } = new(["String", "Int", "Float", "Boolean", "ID"], StringComparer.Ordinal);

    /// <summary>Whether a field of this named type can be compared: a scalar or an enum (not an unmapped object such as a value object).</summary>
    public bool IsLeaf(string typeName) => Scalars.Contains(typeName) || Enums.Contains(typeName);

    /// <summary>Named types used by field arguments, so hand-written <c>where:</c>/<c>order:</c> arguments get their inputs generated.</summary>
    public HashSet<string> ArgumentTypes { get; } = new(StringComparer.Ordinal);

    /// <summary>Every named type defined so far (generated types are only added when missing).</summary>
    public HashSet<string> Names { get; } = new(StringComparer.Ordinal);

    private void Add(string name, IReadOnlyList<FieldDefinitionNode> fields, IReadOnlyList<NamedTypeNode> interfaces)
    {
        Names.Add(name);
        if (!Objects.TryGetValue(name, out var list))
        {
            Objects[name] = list = [];
            Implements[name] = new HashSet<string>(StringComparer.Ordinal);
        }
        list.AddRange(fields);
        foreach (var field in fields)
        {
            foreach (var argument in field.Arguments)
            {
                ArgumentTypes.Add(argument.Type.NamedType.Name.Value);
            }
        }
        foreach (var iface in interfaces)
        {
            Implements[name].Add(iface.Name.Value);
        }
    }

    public static bool IsList(TypeNode type) => (type is NonNullTypeNode nonNull ? nonNull.Type : type) is ListTypeNode;
}
