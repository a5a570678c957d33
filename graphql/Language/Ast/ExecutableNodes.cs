namespace DebtHub.GraphQL.Language.Ast;

public enum OperationType
{
    Query,
    Mutation,
    Subscription,
}

/// <summary>Nodes that own a selection set (operations, fragments, fields).</summary>
public abstract class ExecutableDefinitionNode(Location location, StringValueNode? description, NameNode? name, IReadOnlyList<DirectiveNode> directives, SelectionSetNode selectionSet)
    : DefinitionNode(location), IHasDirectives
{
    /// <summary>Description :: StringValue (executable descriptions, September 2025).</summary>
    public StringValueNode? Description { get; } = description;

    public NameNode? Name { get; } = name;

    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;

    public SelectionSetNode SelectionSet { get; } = selectionSet;
}

/// <summary>OperationDefinition :: Description? OperationType Name? VariablesDefinition? Directives? SelectionSet | SelectionSet</summary>
public sealed class OperationDefinitionNode(
    Location location,
    StringValueNode? description,
    OperationType operation,
    NameNode? name,
    IReadOnlyList<VariableDefinitionNode> variableDefinitions,
    IReadOnlyList<DirectiveNode> directives,
    SelectionSetNode selectionSet) : ExecutableDefinitionNode(location, description, name, directives, selectionSet)
{
    public OperationType Operation { get; } = operation;

    public IReadOnlyList<VariableDefinitionNode> VariableDefinitions { get; } = variableDefinitions;

    public override SyntaxKind Kind => SyntaxKind.OperationDefinition;
}

/// <summary>VariableDefinition :: Description? Variable : Type DefaultValue? Directives[Const]?</summary>
public sealed class VariableDefinitionNode(Location location, StringValueNode? description, VariableNode variable, TypeNode type, ValueNode? defaultValue, IReadOnlyList<DirectiveNode> directives)
    : SyntaxNode(location), IHasDirectives
{
    public StringValueNode? Description { get; } = description;

    public VariableNode Variable { get; } = variable;

    public TypeNode Type { get; } = type;

    public ValueNode? DefaultValue { get; } = defaultValue;

    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;

    public override SyntaxKind Kind => SyntaxKind.VariableDefinition;
}

/// <summary>SelectionSet :: { Selection+ }</summary>
public sealed class SelectionSetNode(Location location, IReadOnlyList<SelectionNode> selections) : SyntaxNode(location)
{
    public IReadOnlyList<SelectionNode> Selections { get; } = selections;

    public override SyntaxKind Kind => SyntaxKind.SelectionSet;
}

/// <summary>Selection :: Field | FragmentSpread | InlineFragment</summary>
public abstract class SelectionNode(Location location, IReadOnlyList<DirectiveNode> directives) : SyntaxNode(location), IHasDirectives
{
    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;
}

/// <summary>Field :: Alias? Name Arguments? Directives? SelectionSet?</summary>
public sealed class FieldNode(
    Location location,
    NameNode? alias,
    NameNode name,
    IReadOnlyList<ArgumentNode> arguments,
    IReadOnlyList<DirectiveNode> directives,
    SelectionSetNode? selectionSet) : SelectionNode(location, directives)
{
    public NameNode? Alias { get; } = alias;

    public NameNode Name { get; } = name;

    /// <summary>The response key: the alias if there is one, else the field name.</summary>
    public string ResponseKey => Alias?.Value ?? Name.Value;

    public IReadOnlyList<ArgumentNode> Arguments { get; } = arguments;

    public SelectionSetNode? SelectionSet { get; } = selectionSet;

    public override SyntaxKind Kind => SyntaxKind.Field;
}

/// <summary>FragmentSpread :: ... FragmentName Directives?</summary>
public sealed class FragmentSpreadNode(Location location, NameNode name, IReadOnlyList<DirectiveNode> directives) : SelectionNode(location, directives)
{
    public NameNode Name { get; } = name;

    public override SyntaxKind Kind => SyntaxKind.FragmentSpread;
}

/// <summary>InlineFragment :: ... TypeCondition? Directives? SelectionSet</summary>
public sealed class InlineFragmentNode(Location location, NamedTypeNode? typeCondition, IReadOnlyList<DirectiveNode> directives, SelectionSetNode selectionSet)
    : SelectionNode(location, directives)
{
    public NamedTypeNode? TypeCondition { get; } = typeCondition;

    public SelectionSetNode SelectionSet { get; } = selectionSet;

    public override SyntaxKind Kind => SyntaxKind.InlineFragment;
}

/// <summary>FragmentDefinition :: Description? fragment FragmentName TypeCondition Directives? SelectionSet</summary>
public sealed class FragmentDefinitionNode(Location location, StringValueNode? description, NameNode name, NamedTypeNode typeCondition, IReadOnlyList<DirectiveNode> directives, SelectionSetNode selectionSet)
    : ExecutableDefinitionNode(location, description, name, directives, selectionSet)
{
    public new NameNode Name => base.Name!;

    public NamedTypeNode TypeCondition { get; } = typeCondition;

    public override SyntaxKind Kind => SyntaxKind.FragmentDefinition;
}
