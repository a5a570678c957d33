namespace DebtHub.GraphQL.Language.Ast;

/// <summary>Type :: NamedType | ListType | NonNullType</summary>
public abstract class TypeNode(Location location) : SyntaxNode(location)
{
    /// <summary>The named type at the bottom of the wrappers.</summary>
    public abstract NamedTypeNode NamedType { get; }
}

/// <summary>NamedType :: Name</summary>
public sealed class NamedTypeNode(Location location, NameNode name) : TypeNode(location)
{
    public NameNode Name { get; } = name;

    public override NamedTypeNode NamedType => this;

    public override SyntaxKind Kind => SyntaxKind.NamedType;
}

/// <summary>ListType :: [ Type ]</summary>
public sealed class ListTypeNode(Location location, TypeNode type) : TypeNode(location)
{
    public TypeNode Type { get; } = type;

    public override NamedTypeNode NamedType => Type.NamedType;

    public override SyntaxKind Kind => SyntaxKind.ListType;
}

/// <summary>NonNullType :: NamedType ! | ListType !</summary>
public sealed class NonNullTypeNode(Location location, TypeNode type) : TypeNode(location)
{
    public TypeNode Type { get; } = type;

    public override NamedTypeNode NamedType => Type.NamedType;

    public override SyntaxKind Kind => SyntaxKind.NonNullType;
}
