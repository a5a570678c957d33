namespace DebtHub.GraphQL.Language.Ast;

/// <summary>Value[Const] :: Variable | IntValue | FloatValue | StringValue | BooleanValue | NullValue | EnumValue | ListValue | ObjectValue</summary>
public abstract class ValueNode(Location location) : SyntaxNode(location);

/// <summary>Variable :: $ Name</summary>
public sealed class VariableNode(Location location, NameNode name) : ValueNode(location)
{
    public NameNode Name { get; } = name;

    public override SyntaxKind Kind => SyntaxKind.Variable;
}

/// <summary>IntValue :: IntegerPart — kept as written; coercion decides its range.</summary>
public sealed class IntValueNode(Location location, string value) : ValueNode(location)
{
    public string Value { get; } = value;

    public override SyntaxKind Kind => SyntaxKind.IntValue;
}

/// <summary>FloatValue :: IntegerPart FractionalPart ExponentPart? (and the other two forms)</summary>
public sealed class FloatValueNode(Location location, string value) : ValueNode(location)
{
    public string Value { get; } = value;

    public override SyntaxKind Kind => SyntaxKind.FloatValue;
}

/// <summary>StringValue :: " StringCharacter* " | BlockString</summary>
public sealed class StringValueNode(Location location, string value, bool block) : ValueNode(location)
{
    public string Value { get; } = value;

    public bool Block { get; } = block;

    public override SyntaxKind Kind => SyntaxKind.StringValue;
}

/// <summary>BooleanValue :: true | false</summary>
public sealed class BooleanValueNode(Location location, bool value) : ValueNode(location)
{
    public bool Value { get; } = value;

    public override SyntaxKind Kind => SyntaxKind.BooleanValue;
}

/// <summary>NullValue :: null</summary>
public sealed class NullValueNode(Location location) : ValueNode(location)
{
    public override SyntaxKind Kind => SyntaxKind.NullValue;
}

/// <summary>EnumValue :: Name but not true, false or null</summary>
public sealed class EnumValueNode(Location location, string value) : ValueNode(location)
{
    public string Value { get; } = value;

    public override SyntaxKind Kind => SyntaxKind.EnumValue;
}

/// <summary>ListValue[Const] :: [ ] | [ Value[?Const]+ ]</summary>
public sealed class ListValueNode(Location location, IReadOnlyList<ValueNode> values) : ValueNode(location)
{
    public IReadOnlyList<ValueNode> Values { get; } = values;

    public override SyntaxKind Kind => SyntaxKind.ListValue;
}

/// <summary>ObjectValue[Const] :: { } | { ObjectField[?Const]+ }</summary>
public sealed class ObjectValueNode(Location location, IReadOnlyList<ObjectFieldNode> fields) : ValueNode(location)
{
    public IReadOnlyList<ObjectFieldNode> Fields { get; } = fields;

    public override SyntaxKind Kind => SyntaxKind.ObjectValue;
}

/// <summary>ObjectField[Const] :: Name : Value[?Const]</summary>
public sealed class ObjectFieldNode(Location location, NameNode name, ValueNode value) : SyntaxNode(location)
{
    public NameNode Name { get; } = name;

    public ValueNode Value { get; } = value;

    public override SyntaxKind Kind => SyntaxKind.ObjectField;
}
