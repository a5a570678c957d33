using DebtHub.GraphQL.Language;
using DebtHub.GraphQL.Language.Ast;

namespace DebtHub.GraphQL.Types;

/// <summary>A code-first type: it turns into the same definition node SDL would have produced.</summary>
internal interface ICodeFirstType
{
    TypeNodeBase ToNode();
}

public sealed partial class SchemaBuilder
{
    /// <summary>Defines (or adds fields to) the query root type <c>Query</c>.</summary>
    public SchemaBuilder Query(Action<ObjectTypeBuilder> configure) => Object("Query", configure);

    public SchemaBuilder Mutation(Action<ObjectTypeBuilder> configure) => Object("Mutation", configure);

    public SchemaBuilder Subscription(Action<ObjectTypeBuilder> configure) => Object("Subscription", configure);

    /// <summary>Defines an object type; a second call for the same name extends it.</summary>
    public SchemaBuilder Object(string name, Action<ObjectTypeBuilder> configure)
    {
        var builder = new ObjectTypeBuilder(this, name, isInterface: false, isExtension: HasCodeFirstType(name));
        configure(builder);
        _codeFirst.Add(builder);
        return this;
    }

    public SchemaBuilder Interface(string name, Action<ObjectTypeBuilder> configure)
    {
        var builder = new ObjectTypeBuilder(this, name, isInterface: true, isExtension: HasCodeFirstType(name));
        configure(builder);
        _codeFirst.Add(builder);
        return this;
    }

    public SchemaBuilder Union(string name, params string[] memberTypes)
    {
        _codeFirst.Add(new SimpleCodeFirstType(() => new UnionTypeDefinitionNode(default, null, Name(name), [], [.. memberTypes.Select(NamedTypeNode)])));
        return this;
    }

    /// <summary>An enum whose values are the members of <typeparamref name="TEnum"/> (names in SCREAMING_CASE).</summary>
    public SchemaBuilder Enum<TEnum>(string? name = null)
        where TEnum : struct, Enum
    {
        var typeName = name ?? typeof(TEnum).Name;
        var values = global::System.Enum.GetValues<TEnum>().Select(v => new EnumValueDefinitionNode(default, null, Name(EnumValueName(v.ToString())), [])).ToList();
        _codeFirst.Add(new SimpleCodeFirstType(() => new EnumTypeDefinitionNode(default, null, Name(typeName), [], values)));
        return BindEnum<TEnum>(typeName);
    }

    public SchemaBuilder InputObject(string name, Action<InputObjectTypeBuilder> configure)
    {
        var builder = new InputObjectTypeBuilder(name);
        configure(builder);
        _codeFirst.Add(builder);
        return this;
    }

    internal void AddResolver(string coordinate, object resolver) => _pendingResolvers[coordinate] = resolver;

    private bool HasCodeFirstType(string name) => _codeFirst.OfType<ObjectTypeBuilder>().Any(t => t.Name == name);

    internal static NameNode Name(string value) => new(default, value);

    internal static NamedTypeNode NamedTypeNode(string name) => new(default, Name(name));

    internal static StringValueNode? DescriptionNode(string? description) => description is null ? null : new StringValueNode(default, description, block: true);

    internal static DirectiveNode Deprecated(string reason)
        => new(default, Name("deprecated"), [new ArgumentNode(default, Name("reason"), new StringValueNode(default, reason, block: false))]);

    private sealed class SimpleCodeFirstType(Func<TypeNodeBase> factory) : ICodeFirstType
    {
        public TypeNodeBase ToNode() => factory();
    }
}

/// <summary>Fluent definition of an object or interface type.</summary>
public sealed class ObjectTypeBuilder : ICodeFirstType
{
    private readonly SchemaBuilder _owner;
    private readonly bool _isInterface;
    private readonly bool _isExtension;
    private readonly List<FieldBuilder> _fields = [];
    private readonly List<string> _interfaces = [];
    private string? _description;

    internal ObjectTypeBuilder(SchemaBuilder owner, string name, bool isInterface, bool isExtension)
    {
        _owner = owner;
        Name = name;
        _isInterface = isInterface;
        _isExtension = isExtension;
    }

    public string Name { get; }

    public ObjectTypeBuilder Description(string description)
    {
        _description = description;
        return this;
    }

    public ObjectTypeBuilder Implements(params string[] interfaces)
    {
        _interfaces.AddRange(interfaces);
        return this;
    }

    /// <summary>Binds the CLR type of this object's values, used to resolve interfaces and unions.</summary>
    public ObjectTypeBuilder RuntimeType<T>()
    {
        _owner.BindRuntimeType(Name, typeof(T));
        return this;
    }

    /// <summary>A field resolved by the default resolver (the parent's property of the same name).</summary>
    public FieldBuilder Field(string name, string type)
    {
        var field = new FieldBuilder(_owner, this, Name + "." + name, name, type);
        _fields.Add(field);
        return field;
    }

    /// <summary>A field resolved by a delegate; see <see cref="FieldBuilder.Resolve(Delegate)"/> for its parameters.</summary>
    public FieldBuilder Field(string name, string type, Delegate resolver) => Field(name, type).Resolve(resolver);

    TypeNodeBase ICodeFirstType.ToNode()
    {
        var fields = _fields.Select(f => f.ToNode()).ToList();
        var interfaces = _interfaces.Select(SchemaBuilder.NamedTypeNode).ToList();
        var name = SchemaBuilder.Name(Name);
        var description = SchemaBuilder.DescriptionNode(_description);
        return (_isInterface, _isExtension) switch
        {
            (false, false) => new ObjectTypeDefinitionNode(default, description, name, interfaces, [], fields),
            (false, true) => new ObjectTypeExtensionNode(default, name, interfaces, [], fields),
            (true, false) => new InterfaceTypeDefinitionNode(default, description, name, interfaces, [], fields),
            (true, true) => new InterfaceTypeExtensionNode(default, name, interfaces, [], fields),
        };
    }
}

/// <summary>Fluent definition of a field: arguments, description, deprecation and resolver.</summary>
public sealed class FieldBuilder
{
    private readonly SchemaBuilder _owner;
    private readonly ObjectTypeBuilder _declaringType;
    private readonly string _coordinate;
    private readonly string _name;
    private readonly string _type;
    private readonly List<InputValueDefinitionNode> _arguments = [];
    private string? _description;
    private string? _deprecationReason;

    internal FieldBuilder(SchemaBuilder owner, ObjectTypeBuilder declaringType, string coordinate, string name, string type)
    {
        _owner = owner;
        _declaringType = declaringType;
        _coordinate = coordinate;
        _name = name;
        _type = type;
    }

    /// <summary>Declares an argument; <paramref name="defaultValue"/> is a GraphQL literal such as <c>10</c> or <c>"x"</c>.</summary>
    public FieldBuilder Argument(string name, string type, string? defaultValue = null, string? description = null)
    {
        _arguments.Add(new InputValueDefinitionNode(
            default,
            SchemaBuilder.DescriptionNode(description),
            SchemaBuilder.Name(name),
            GraphQLParser.ParseType(type),
            defaultValue is null ? null : GraphQLParser.ParseValue(defaultValue),
            []));
        return this;
    }

    public FieldBuilder Description(string description)
    {
        _description = description;
        return this;
    }

    /// <summary>Starts the next field of the same type (so definitions chain).</summary>
    public FieldBuilder Field(string name, string type) => _declaringType.Field(name, type);

    /// <summary>Starts the next field of the same type, resolved by a delegate.</summary>
    public FieldBuilder Field(string name, string type, Delegate resolver) => _declaringType.Field(name, type, resolver);

    public FieldBuilder Deprecated(string reason = "No longer supported")
    {
        _deprecationReason = reason;
        return this;
    }

    public FieldBuilder Resolve(FieldResolver resolver)
    {
        _owner.AddResolver(_coordinate, resolver);
        return this;
    }

    /// <summary>
    /// A delegate whose parameters are this field's arguments (matched by name), the parent (a parameter named
    /// <c>parent</c>), <see cref="IResolverContext"/>, <see cref="CancellationToken"/> or services; it may return a
    /// value, a Task or a ValueTask. The binding is compiled once when the schema is built.
    /// </summary>
    public FieldBuilder Resolve(Delegate resolver)
    {
        _owner.AddResolver(_coordinate, resolver);
        return this;
    }

    public FieldBuilder Subscribe(SubscribeResolver subscriber)
    {
        _owner.BindSubscription(_coordinate, subscriber);
        return this;
    }

    internal FieldDefinitionNode ToNode() => new(
        default,
        SchemaBuilder.DescriptionNode(_description),
        SchemaBuilder.Name(_name),
        _arguments,
        GraphQLParser.ParseType(_type),
        _deprecationReason is null ? [] : [SchemaBuilder.Deprecated(_deprecationReason)]);
}

/// <summary>Fluent definition of an input object type.</summary>
public sealed class InputObjectTypeBuilder : ICodeFirstType
{
    private readonly string _name;
    private readonly List<InputValueDefinitionNode> _fields = [];
    private string? _description;
    private bool _oneOf;

    internal InputObjectTypeBuilder(string name) => _name = name;

    public InputObjectTypeBuilder Description(string description)
    {
        _description = description;
        return this;
    }

    /// <summary>Marks the input object @oneOf.</summary>
    public InputObjectTypeBuilder OneOf()
    {
        _oneOf = true;
        return this;
    }

    public InputObjectTypeBuilder Field(string name, string type, string? defaultValue = null, string? description = null, string? deprecationReason = null)
    {
        _fields.Add(new InputValueDefinitionNode(
            default,
            SchemaBuilder.DescriptionNode(description),
            SchemaBuilder.Name(name),
            GraphQLParser.ParseType(type),
            defaultValue is null ? null : GraphQLParser.ParseValue(defaultValue),
            deprecationReason is null ? [] : [SchemaBuilder.Deprecated(deprecationReason)]));
        return this;
    }

    TypeNodeBase ICodeFirstType.ToNode() => new InputObjectTypeDefinitionNode(
        default,
        SchemaBuilder.DescriptionNode(_description),
        SchemaBuilder.Name(_name),
        _oneOf ? [new DirectiveNode(default, SchemaBuilder.Name("oneOf"), [])] : [],
        _fields);
}
