using DebtHub.GraphQL.Language.Ast;

namespace DebtHub.GraphQL.Types;

/// <summary>
/// A scalar (spec §3.5) and its three coercions: result values (Serialize), variable values (ParseValue) and
/// literals (ParseLiteral). Each throws <see cref="ScalarCoercionException"/> with a message for the client; null never
/// reaches them. Built-in scalars follow graphql-js 16 exactly; a custom scalar supplies its own functions.
/// </summary>
public sealed class ScalarType : NamedType
{
    public ScalarType(
        string name,
        Func<object, object?> serialize,
        Func<object, object?> parseValue,
        Func<ValueNode, IReadOnlyDictionary<string, object?>?, object?> parseLiteral,
        string? description = null,
        string? specifiedByUrl = null)
        : base(name)
    {
        SerializeFunc = serialize;
        ParseValueFunc = parseValue;
        ParseLiteralFunc = parseLiteral;
        Description = description;
        SpecifiedByUrl = specifiedByUrl;
    }

    public override TypeKind Kind => TypeKind.Scalar;

    /// <summary>@specifiedBy(url:), exposed as __Type.specifiedByURL.</summary>
    public string? SpecifiedByUrl { get; internal set; }

    public bool IsBuiltIn { get; internal init; }

    internal Func<object, object?> SerializeFunc { get; }

    internal Func<object, object?> ParseValueFunc { get; }

    internal Func<ValueNode, IReadOnlyDictionary<string, object?>?, object?> ParseLiteralFunc { get; }

    /// <summary>Result coercion of a resolved (non-null) value.</summary>
    public object? Serialize(object value) => SerializeFunc(value);

    /// <summary>Input coercion of a (non-null) variable value as read from JSON.</summary>
    public object? ParseValue(object value) => ParseValueFunc(value);

    /// <summary>Input coercion of a literal (not a variable and not null).</summary>
    public object? ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables = null)
        => ParseLiteralFunc(literal, variables);

    /// <summary>A custom scalar whose values pass through unchanged, as graphql-js's GraphQLScalarType defaults do.</summary>
    public static ScalarType Custom(string name, string? description = null, string? specifiedByUrl = null)
        => new(name, static v => v, static v => v, ValueLiterals.ToUntypedValue, description, specifiedByUrl);
}
