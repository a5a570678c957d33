namespace DebtHub.GraphQL.Language.Ast;

/// <summary>TypeSystemDefinitionOrExtension: schema, type and directive definitions and their extensions.</summary>
public abstract class TypeSystemNode(Location location, StringValueNode? description, IReadOnlyList<DirectiveNode> directives)
    : DefinitionNode(location), IHasDirectives
{
    /// <summary>Description :: StringValue (always null on extensions).</summary>
    public StringValueNode? Description { get; } = description;

    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;

    public bool IsExtension => Kind >= SyntaxKind.SchemaExtension;
}

/// <summary>SchemaDefinition :: Description? schema Directives[Const]? { RootOperationTypeDefinition+ }</summary>
public abstract class SchemaNodeBase(Location location, StringValueNode? description, IReadOnlyList<DirectiveNode> directives, IReadOnlyList<OperationTypeDefinitionNode> operationTypes)
    : TypeSystemNode(location, description, directives)
{
    public IReadOnlyList<OperationTypeDefinitionNode> OperationTypes { get; } = operationTypes;
}

public sealed class SchemaDefinitionNode(Location location, StringValueNode? description, IReadOnlyList<DirectiveNode> directives, IReadOnlyList<OperationTypeDefinitionNode> operationTypes)
    : SchemaNodeBase(location, description, directives, operationTypes)
{
    public override SyntaxKind Kind => SyntaxKind.SchemaDefinition;
}

/// <summary>SchemaExtension :: extend schema Directives[Const]? { RootOperationTypeDefinition+ } | extend schema Directives[Const]</summary>
public sealed class SchemaExtensionNode(Location location, IReadOnlyList<DirectiveNode> directives, IReadOnlyList<OperationTypeDefinitionNode> operationTypes)
    : SchemaNodeBase(location, null, directives, operationTypes)
{
    public override SyntaxKind Kind => SyntaxKind.SchemaExtension;
}

/// <summary>RootOperationTypeDefinition :: OperationType : NamedType</summary>
public sealed class OperationTypeDefinitionNode(Location location, OperationType operation, NamedTypeNode type) : SyntaxNode(location)
{
    public OperationType Operation { get; } = operation;

    public NamedTypeNode Type { get; } = type;

    public override SyntaxKind Kind => SyntaxKind.OperationTypeDefinition;
}

/// <summary>A named type's definition or extension.</summary>
public abstract class TypeNodeBase(Location location, StringValueNode? description, NameNode name, IReadOnlyList<DirectiveNode> directives)
    : TypeSystemNode(location, description, directives)
{
    public NameNode Name { get; } = name;
}

/// <summary>ScalarTypeDefinition :: Description? scalar Name Directives[Const]?</summary>
public sealed class ScalarTypeDefinitionNode(Location location, StringValueNode? description, NameNode name, IReadOnlyList<DirectiveNode> directives)
    : TypeNodeBase(location, description, name, directives)
{
    public override SyntaxKind Kind => SyntaxKind.ScalarTypeDefinition;
}

/// <summary>ScalarTypeExtension :: extend scalar Name Directives[Const]</summary>
public sealed class ScalarTypeExtensionNode(Location location, NameNode name, IReadOnlyList<DirectiveNode> directives)
    : TypeNodeBase(location, null, name, directives)
{
    public override SyntaxKind Kind => SyntaxKind.ScalarTypeExtension;
}

/// <summary>Object and interface types: ImplementsInterfaces? Directives[Const]? FieldsDefinition?</summary>
public abstract class FieldsTypeNodeBase(Location location, StringValueNode? description, NameNode name, IReadOnlyList<NamedTypeNode> interfaces, IReadOnlyList<DirectiveNode> directives, IReadOnlyList<FieldDefinitionNode> fields)
    : TypeNodeBase(location, description, name, directives)
{
    public IReadOnlyList<NamedTypeNode> Interfaces { get; } = interfaces;

    public IReadOnlyList<FieldDefinitionNode> Fields { get; } = fields;
}

/// <summary>ObjectTypeDefinition :: Description? type Name ImplementsInterfaces? Directives[Const]? FieldsDefinition?</summary>
public sealed class ObjectTypeDefinitionNode(Location location, StringValueNode? description, NameNode name, IReadOnlyList<NamedTypeNode> interfaces, IReadOnlyList<DirectiveNode> directives, IReadOnlyList<FieldDefinitionNode> fields)
    : FieldsTypeNodeBase(location, description, name, interfaces, directives, fields)
{
    public override SyntaxKind Kind => SyntaxKind.ObjectTypeDefinition;
}

/// <summary>ObjectTypeExtension :: extend type Name ImplementsInterfaces? Directives[Const]? FieldsDefinition (at least one part)</summary>
public sealed class ObjectTypeExtensionNode(Location location, NameNode name, IReadOnlyList<NamedTypeNode> interfaces, IReadOnlyList<DirectiveNode> directives, IReadOnlyList<FieldDefinitionNode> fields)
    : FieldsTypeNodeBase(location, null, name, interfaces, directives, fields)
{
    public override SyntaxKind Kind => SyntaxKind.ObjectTypeExtension;
}

/// <summary>InterfaceTypeDefinition :: Description? interface Name ImplementsInterfaces? Directives[Const]? FieldsDefinition?</summary>
public sealed class InterfaceTypeDefinitionNode(Location location, StringValueNode? description, NameNode name, IReadOnlyList<NamedTypeNode> interfaces, IReadOnlyList<DirectiveNode> directives, IReadOnlyList<FieldDefinitionNode> fields)
    : FieldsTypeNodeBase(location, description, name, interfaces, directives, fields)
{
    public override SyntaxKind Kind => SyntaxKind.InterfaceTypeDefinition;
}

/// <summary>InterfaceTypeExtension :: extend interface Name ImplementsInterfaces? Directives[Const]? FieldsDefinition</summary>
public sealed class InterfaceTypeExtensionNode(Location location, NameNode name, IReadOnlyList<NamedTypeNode> interfaces, IReadOnlyList<DirectiveNode> directives, IReadOnlyList<FieldDefinitionNode> fields)
    : FieldsTypeNodeBase(location, null, name, interfaces, directives, fields)
{
    public override SyntaxKind Kind => SyntaxKind.InterfaceTypeExtension;
}

/// <summary>FieldDefinition :: Description? Name ArgumentsDefinition? : Type Directives[Const]?</summary>
public sealed class FieldDefinitionNode(Location location, StringValueNode? description, NameNode name, IReadOnlyList<InputValueDefinitionNode> arguments, TypeNode type, IReadOnlyList<DirectiveNode> directives)
    : SyntaxNode(location), IHasDirectives
{
    public StringValueNode? Description { get; } = description;

    public NameNode Name { get; } = name;

    public IReadOnlyList<InputValueDefinitionNode> Arguments { get; } = arguments;

    public TypeNode Type { get; } = type;

    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;

    public override SyntaxKind Kind => SyntaxKind.FieldDefinition;
}

/// <summary>InputValueDefinition :: Description? Name : Type DefaultValue? Directives[Const]?</summary>
public sealed class InputValueDefinitionNode(Location location, StringValueNode? description, NameNode name, TypeNode type, ValueNode? defaultValue, IReadOnlyList<DirectiveNode> directives)
    : SyntaxNode(location), IHasDirectives
{
    public StringValueNode? Description { get; } = description;

    public NameNode Name { get; } = name;

    public TypeNode Type { get; } = type;

    public ValueNode? DefaultValue { get; } = defaultValue;

    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;

    public override SyntaxKind Kind => SyntaxKind.InputValueDefinition;
}

/// <summary>Union types: Directives[Const]? UnionMemberTypes?</summary>
public abstract class UnionTypeNodeBase(Location location, StringValueNode? description, NameNode name, IReadOnlyList<DirectiveNode> directives, IReadOnlyList<NamedTypeNode> types)
    : TypeNodeBase(location, description, name, directives)
{
    public IReadOnlyList<NamedTypeNode> Types { get; } = types;
}

/// <summary>UnionTypeDefinition :: Description? union Name Directives[Const]? UnionMemberTypes?</summary>
public sealed class UnionTypeDefinitionNode(Location location, StringValueNode? description, NameNode name, IReadOnlyList<DirectiveNode> directives, IReadOnlyList<NamedTypeNode> types)
    : UnionTypeNodeBase(location, description, name, directives, types)
{
    public override SyntaxKind Kind => SyntaxKind.UnionTypeDefinition;
}

/// <summary>UnionTypeExtension :: extend union Name Directives[Const]? UnionMemberTypes | extend union Name Directives[Const]</summary>
public sealed class UnionTypeExtensionNode(Location location, NameNode name, IReadOnlyList<DirectiveNode> directives, IReadOnlyList<NamedTypeNode> types)
    : UnionTypeNodeBase(location, null, name, directives, types)
{
    public override SyntaxKind Kind => SyntaxKind.UnionTypeExtension;
}

/// <summary>Enum types: Directives[Const]? EnumValuesDefinition?</summary>
public abstract class EnumTypeNodeBase(Location location, StringValueNode? description, NameNode name, IReadOnlyList<DirectiveNode> directives, IReadOnlyList<EnumValueDefinitionNode> values)
    : TypeNodeBase(location, description, name, directives)
{
    public IReadOnlyList<EnumValueDefinitionNode> Values { get; } = values;
}

/// <summary>EnumTypeDefinition :: Description? enum Name Directives[Const]? EnumValuesDefinition?</summary>
public sealed class EnumTypeDefinitionNode(Location location, StringValueNode? description, NameNode name, IReadOnlyList<DirectiveNode> directives, IReadOnlyList<EnumValueDefinitionNode> values)
    : EnumTypeNodeBase(location, description, name, directives, values)
{
    public override SyntaxKind Kind => SyntaxKind.EnumTypeDefinition;
}

/// <summary>EnumTypeExtension :: extend enum Name Directives[Const]? EnumValuesDefinition | extend enum Name Directives[Const]</summary>
public sealed class EnumTypeExtensionNode(Location location, NameNode name, IReadOnlyList<DirectiveNode> directives, IReadOnlyList<EnumValueDefinitionNode> values)
    : EnumTypeNodeBase(location, null, name, directives, values)
{
    public override SyntaxKind Kind => SyntaxKind.EnumTypeExtension;
}

/// <summary>EnumValueDefinition :: Description? EnumValue Directives[Const]?</summary>
public sealed class EnumValueDefinitionNode(Location location, StringValueNode? description, NameNode name, IReadOnlyList<DirectiveNode> directives)
    : SyntaxNode(location), IHasDirectives
{
    public StringValueNode? Description { get; } = description;

    public NameNode Name { get; } = name;

    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;

    public override SyntaxKind Kind => SyntaxKind.EnumValueDefinition;
}

/// <summary>Input object types: Directives[Const]? InputFieldsDefinition?</summary>
public abstract class InputObjectTypeNodeBase(Location location, StringValueNode? description, NameNode name, IReadOnlyList<DirectiveNode> directives, IReadOnlyList<InputValueDefinitionNode> fields)
    : TypeNodeBase(location, description, name, directives)
{
    public IReadOnlyList<InputValueDefinitionNode> Fields { get; } = fields;
}

/// <summary>InputObjectTypeDefinition :: Description? input Name Directives[Const]? InputFieldsDefinition?</summary>
public sealed class InputObjectTypeDefinitionNode(Location location, StringValueNode? description, NameNode name, IReadOnlyList<DirectiveNode> directives, IReadOnlyList<InputValueDefinitionNode> fields)
    : InputObjectTypeNodeBase(location, description, name, directives, fields)
{
    public override SyntaxKind Kind => SyntaxKind.InputObjectTypeDefinition;
}

/// <summary>InputObjectTypeExtension :: extend input Name Directives[Const]? InputFieldsDefinition | extend input Name Directives[Const]</summary>
public sealed class InputObjectTypeExtensionNode(Location location, NameNode name, IReadOnlyList<DirectiveNode> directives, IReadOnlyList<InputValueDefinitionNode> fields)
    : InputObjectTypeNodeBase(location, null, name, directives, fields)
{
    public override SyntaxKind Kind => SyntaxKind.InputObjectTypeExtension;
}

/// <summary>DirectiveDefinition :: Description? directive @ Name ArgumentsDefinition? repeatable? on DirectiveLocations</summary>
public sealed class DirectiveDefinitionNode(Location location, StringValueNode? description, NameNode name, IReadOnlyList<InputValueDefinitionNode> arguments, bool repeatable, IReadOnlyList<NameNode> locations)
    : TypeSystemNode(location, description, [])
{
    public NameNode Name { get; } = name;

    public IReadOnlyList<InputValueDefinitionNode> Arguments { get; } = arguments;

    public bool Repeatable { get; } = repeatable;

    public IReadOnlyList<NameNode> Locations { get; } = locations;

    public override SyntaxKind Kind => SyntaxKind.DirectiveDefinition;
}
