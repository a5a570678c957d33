namespace DebtHub.GraphQL.Types;

/// <summary>Object and interface types: named types with fields that may implement interfaces.</summary>
public abstract class FieldsType(string name) : NamedType(name)
{
    private Dictionary<string, FieldDefinition> _fieldsByName = new(StringComparer.Ordinal);
    private IReadOnlyList<FieldDefinition> _fields = [];

    /// <summary>Fields in definition order.</summary>
    public IReadOnlyList<FieldDefinition> Fields
    {
        get => _fields;
        internal set
        {
            _fields = value;
            _fieldsByName = new Dictionary<string, FieldDefinition>(value.Count, StringComparer.Ordinal);
            foreach (var item in value)
            {
                _fieldsByName.TryAdd(item.Name, item);
            }
        }
    }

    public IReadOnlyList<InterfaceType> Interfaces { get; internal set; } = [];

    public FieldDefinition? GetField(string fieldName) => _fieldsByName.GetValueOrDefault(fieldName);

    public bool Implements(InterfaceType iface)
    {
        foreach (var candidate in Interfaces)
        {
            if (ReferenceEquals(candidate, iface))
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>ObjectTypeDefinition (spec §3.6).</summary>
public sealed class ObjectType(string name) : FieldsType(name)
{
    public override TypeKind Kind => TypeKind.Object;

    /// <summary>Optional check used by the default type resolver when a value carries no <c>__typename</c>.</summary>
    public Func<object, bool>? IsTypeOf { get; internal set; }

    /// <summary>The CLR type bound to this object type (code-first), used to resolve abstract types.</summary>
    public Type? RuntimeType { get; internal set; }
}

/// <summary>InterfaceTypeDefinition (spec §3.7), possibly implementing other interfaces.</summary>
public sealed class InterfaceType(string name) : FieldsType(name)
{
    public override TypeKind Kind => TypeKind.Interface;

    /// <summary>Null means the default type resolver (<c>__typename</c>, then IsTypeOf, then CLR type name).</summary>
    public TypeResolver? ResolveType { get; internal set; }
}

/// <summary>UnionTypeDefinition (spec §3.8).</summary>
public sealed class UnionType(string name) : NamedType(name)
{
    public override TypeKind Kind => TypeKind.Union;

    public IReadOnlyList<ObjectType> Types { get; internal set; } = [];

    public TypeResolver? ResolveType { get; internal set; }
}

/// <summary>EnumTypeDefinition (spec §3.9).</summary>
public sealed class EnumType(string name) : NamedType(name)
{
    private Dictionary<string, EnumValueDefinition> _byName = new(StringComparer.Ordinal);
    private IReadOnlyList<EnumValueDefinition> _values = [];

    public override TypeKind Kind => TypeKind.Enum;

    public IReadOnlyList<EnumValueDefinition> Values
    {
        get => _values;
        internal set
        {
            _values = value;
            _byName = new Dictionary<string, EnumValueDefinition>(value.Count, StringComparer.Ordinal);
            foreach (var item in value)
            {
                _byName.TryAdd(item.Name, item);
            }
        }
    }

    public EnumValueDefinition? GetValue(string name) => _byName.GetValueOrDefault(name);

    /// <summary>Result coercion: the enum value whose internal value equals <paramref name="value"/>.</summary>
    public string Serialize(object value)
    {
        foreach (var item in _values)
        {
            if (Equals(item.Value, value))
            {
                return item.Name;
            }
        }

        if (value is string text && _byName.ContainsKey(text))
        {
            return text;
        }

        if (value is Enum)
        {
            var name = value.ToString();
            foreach (var item in _values)
            {
                if (string.Equals(item.Name, name, StringComparison.OrdinalIgnoreCase)
                    || string.Equals(item.Name.Replace("_", string.Empty, StringComparison.Ordinal), name, StringComparison.OrdinalIgnoreCase))
                {
                    return item.Name;
                }
            }
        }

        throw new ScalarCoercionException($"Enum \"{Name}\" cannot represent value: {ValueInspector.Inspect(value)}");
    }
}

/// <summary>InputObjectTypeDefinition (spec §3.10), including OneOf input objects.</summary>
public sealed class InputObjectType(string name) : NamedType(name)
{
    private Dictionary<string, InputValueDefinition> _byName = new(StringComparer.Ordinal);
    private IReadOnlyList<InputValueDefinition> _fields = [];

    public override TypeKind Kind => TypeKind.InputObject;

    public IReadOnlyList<InputValueDefinition> Fields
    {
        get => _fields;
        internal set
        {
            _fields = value;
            _byName = new Dictionary<string, InputValueDefinition>(value.Count, StringComparer.Ordinal);
            foreach (var item in value)
            {
                _byName.TryAdd(item.Name, item);
            }
        }
    }

    /// <summary>Marked @oneOf: exactly one field must be given, and it must not be null.</summary>
    public bool IsOneOf { get; internal set; }

    public InputValueDefinition? GetField(string name) => _byName.GetValueOrDefault(name);
}
