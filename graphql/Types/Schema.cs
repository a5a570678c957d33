using DebtHub.GraphQL.Language.Ast;

namespace DebtHub.GraphQL.Types;

/// <summary>
/// A built, validated schema (spec §3.3): root types, every named type by name, directives, and precomputed lookups
/// for abstract types (possible types, implementations) so validation and execution never search.
/// </summary>
public sealed class Schema
{
    private readonly Dictionary<string, NamedType> _types;
    private readonly Dictionary<string, DirectiveDefinition> _directives;
    private readonly Dictionary<NamedType, IReadOnlyList<ObjectType>> _possibleTypes = [];
    private readonly Dictionary<NamedType, HashSet<NamedType>> _subTypes = [];
    private readonly Dictionary<InterfaceType, (List<ObjectType> Objects, List<InterfaceType> Interfaces)> _implementations = [];

    internal Schema(
        ObjectType? query,
        ObjectType? mutation,
        ObjectType? subscription,
        IReadOnlyList<NamedType> types,
        IReadOnlyList<DirectiveDefinition> directives,
        string? description,
        SchemaNodeBase? astNode)
    {
        Query = query!;
        Mutation = mutation;
        Subscription = subscription;
        Description = description;
        AstNode = astNode;
        TypeList = types;
        _types = new Dictionary<string, NamedType>(types.Count, StringComparer.Ordinal);
        foreach (var type in types)
        {
            _types.TryAdd(type.Name, type);
        }

        Directives = directives;
        _directives = new Dictionary<string, DirectiveDefinition>(directives.Count, StringComparer.Ordinal);
        foreach (var directive in directives)
        {
            _directives.TryAdd(directive.Name, directive);
        }

        foreach (var type in types)
        {
            switch (type)
            {
                case UnionType union:
                    _possibleTypes[union] = union.Types;
                    break;
                case InterfaceType iface:
                    _implementations[iface] = ([], []);
                    break;
            }
        }

        foreach (var type in types)
        {
            if (type is FieldsType fieldsType)
            {
                foreach (var iface in fieldsType.Interfaces)
                {
                    if (!_implementations.TryGetValue(iface, out var implementations))
                    {
                        continue;
                    }

                    if (type is ObjectType obj)
                    {
                        implementations.Objects.Add(obj);
                    }
                    else
                    {
                        implementations.Interfaces.Add((InterfaceType)type);
                    }
                }
            }
        }

        foreach (var (iface, implementations) in _implementations)
        {
            _possibleTypes[iface] = implementations.Objects;
            _subTypes[iface] = [.. implementations.Objects, .. implementations.Interfaces];
        }

        foreach (var type in types)
        {
            if (type is UnionType union)
            {
                _subTypes[union] = [.. union.Types];
            }
        }

        TypeNameField = new FieldDefinition("__typename", new NonNullType(BuiltInScalars.String))
        {
            Description = "The name of the current Object type at runtime.",
            Coordinate = "__typename",
        };
        var schemaType = GetType("__Schema");
        SchemaField = new FieldDefinition("__schema", schemaType is null ? BuiltInScalars.String : new NonNullType(schemaType))
        {
            Description = "Access the current type schema of this server.",
            Coordinate = "__schema",
        };
        var typeType = (GraphQLType?)GetType("__Type") ?? BuiltInScalars.String;
        TypeField = new FieldDefinition("__type", typeType)
        {
            Description = "Request the type information of a single type.",
            Arguments = [new InputValueDefinition("name", new NonNullType(BuiltInScalars.String)) { Coordinate = "__type(name:)" }],
            Coordinate = "__type",
        };
    }

    public ObjectType Query { get; }

    public ObjectType? Mutation { get; }

    public ObjectType? Subscription { get; }

    public string? Description { get; }

    public SchemaNodeBase? AstNode { get; }

    /// <summary>Every named type, in graphql-js's order (definition order, then referenced types, then introspection).</summary>
    public IReadOnlyList<NamedType> TypeList { get; }

    public IReadOnlyList<DirectiveDefinition> Directives { get; }

    /// <summary>The meta field <c>__typename</c>, valid on every composite type.</summary>
    public FieldDefinition TypeNameField { get; }

    /// <summary>The meta field <c>__schema</c> on the query root.</summary>
    public FieldDefinition SchemaField { get; }

    /// <summary>The meta field <c>__type(name:)</c> on the query root.</summary>
    public FieldDefinition TypeField { get; }

    public NamedType? GetType(string name) => _types.GetValueOrDefault(name);

    public DirectiveDefinition? GetDirective(string name) => _directives.GetValueOrDefault(name);

    public ObjectType? GetRootType(OperationType operation) => operation switch
    {
        OperationType.Query => Query,
        OperationType.Mutation => Mutation,
        _ => Subscription,
    };

    /// <summary>The object types a value of an abstract type can be (union members or interface implementations).</summary>
    public IReadOnlyList<ObjectType> GetPossibleTypes(NamedType abstractType)
        => _possibleTypes.TryGetValue(abstractType, out var types) ? types : [];

    /// <summary>Objects and interfaces that implement an interface directly.</summary>
    public (IReadOnlyList<ObjectType> Objects, IReadOnlyList<InterfaceType> Interfaces) GetImplementations(InterfaceType iface)
        => _implementations.TryGetValue(iface, out var found) ? (found.Objects, found.Interfaces) : ([], []);

    /// <summary>Whether <paramref name="maybeSubType"/> is a member of the union or implements the interface.</summary>
    public bool IsSubType(NamedType abstractType, NamedType maybeSubType)
        => _subTypes.TryGetValue(abstractType, out var set) && set.Contains(maybeSubType);

    /// <summary>Whether an object type is a possible type of an abstract type.</summary>
    public bool IsPossibleType(NamedType abstractType, ObjectType objectType) => IsSubType(abstractType, objectType);
}
