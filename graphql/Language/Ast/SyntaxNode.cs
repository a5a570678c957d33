namespace DebtHub.GraphQL.Language.Ast;

/// <summary>Where a node sits in its source: UTF-8 byte offsets; line and column computed on demand.</summary>
public readonly record struct Location(int Start, int End, Source? Source)
{
    public SourceLocation StartLocation => Source?.GetLocation(Start) ?? default;
}

/// <summary>The kinds of AST nodes (graphql-js's Kind).</summary>
public enum SyntaxKind
{
    Name, Document, OperationDefinition, VariableDefinition, SelectionSet, Field, Argument,
    FragmentSpread, InlineFragment, FragmentDefinition,
    Variable, IntValue, FloatValue, StringValue, BooleanValue, NullValue, EnumValue, ListValue, ObjectValue, ObjectField,
    Directive, NamedType, ListType, NonNullType,
    SchemaDefinition, OperationTypeDefinition, ScalarTypeDefinition, ObjectTypeDefinition, FieldDefinition,
    InputValueDefinition, InterfaceTypeDefinition, UnionTypeDefinition, EnumTypeDefinition, EnumValueDefinition,
    InputObjectTypeDefinition, DirectiveDefinition,
    SchemaExtension, ScalarTypeExtension, ObjectTypeExtension, InterfaceTypeExtension, UnionTypeExtension,
    EnumTypeExtension, InputObjectTypeExtension,
}

/// <summary>A node of the syntax tree. Nodes compare by reference: validation keys caches on them.</summary>
public abstract class SyntaxNode(Location location)
{
    public Location Location { get; } = location;

    public abstract SyntaxKind Kind { get; }

    public override string ToString() => Printer.Print(this);
}

/// <summary>Name :: /[_A-Za-z][_0-9A-Za-z]*/</summary>
public sealed class NameNode(Location location, string value) : SyntaxNode(location)
{
    public string Value { get; } = value;

    public override SyntaxKind Kind => SyntaxKind.Name;
}

/// <summary>Document :: Definition+</summary>
public sealed class DocumentNode(Location location, IReadOnlyList<DefinitionNode> definitions) : SyntaxNode(location)
{
    public IReadOnlyList<DefinitionNode> Definitions { get; } = definitions;

    public override SyntaxKind Kind => SyntaxKind.Document;
}

/// <summary>Definition :: ExecutableDefinition | TypeSystemDefinitionOrExtension</summary>
public abstract class DefinitionNode(Location location) : SyntaxNode(location);

/// <summary>Nodes that can carry directives.</summary>
public interface IHasDirectives
{
    IReadOnlyList<DirectiveNode> Directives { get; }
}

/// <summary>Directive :: @ Name Arguments?</summary>
public sealed class DirectiveNode(Location location, NameNode name, IReadOnlyList<ArgumentNode> arguments) : SyntaxNode(location)
{
    public NameNode Name { get; } = name;

    public IReadOnlyList<ArgumentNode> Arguments { get; } = arguments;

    public override SyntaxKind Kind => SyntaxKind.Directive;
}

/// <summary>Argument :: Name : Value</summary>
public sealed class ArgumentNode(Location location, NameNode name, ValueNode value) : SyntaxNode(location)
{
    public NameNode Name { get; } = name;

    public ValueNode Value { get; } = value;

    public override SyntaxKind Kind => SyntaxKind.Argument;
}
