using DebtHub.GraphQL.Language.Ast;

namespace DebtHub.GraphQL.Types;

/// <summary>__TypeKind of spec §4.</summary>
public enum TypeKind
{
    Scalar,
    Object,
    Interface,
    Union,
    Enum,
    InputObject,
    List,
    NonNull,
}

/// <summary>A type of the schema: a named type or a list / non-null wrapper of one.</summary>
public abstract class GraphQLType
{
    public abstract TypeKind Kind { get; }

    /// <summary>The named type under the wrappers.</summary>
    public abstract NamedType Named { get; }

    public bool IsInputType => Named.Kind is TypeKind.Scalar or TypeKind.Enum or TypeKind.InputObject;

    public bool IsOutputType => Named.Kind is TypeKind.Scalar or TypeKind.Object or TypeKind.Interface or TypeKind.Union or TypeKind.Enum;

    public bool IsLeafType => Kind is TypeKind.Scalar or TypeKind.Enum;

    public bool IsCompositeType => Kind is TypeKind.Object or TypeKind.Interface or TypeKind.Union;

    public bool IsAbstractType => Kind is TypeKind.Interface or TypeKind.Union;

    /// <summary>The type without its outer non-null wrapper.</summary>
    public GraphQLType Nullable => this is NonNullType nonNull ? nonNull.OfType : this;

    /// <summary>SDL notation, e.g. <c>[String!]!</c> (graphql-js's inspect(type)).</summary>
    public abstract override string ToString();
}

/// <summary>ListType: [OfType]</summary>
public sealed class ListType(GraphQLType ofType) : GraphQLType
{
    public GraphQLType OfType { get; } = ofType;

    public override TypeKind Kind => TypeKind.List;

    public override NamedType Named => OfType.Named;

    public override string ToString() => "[" + OfType + "]";
}

/// <summary>NonNullType: OfType!</summary>
public sealed class NonNullType(GraphQLType ofType) : GraphQLType
{
    public GraphQLType OfType { get; } = ofType;

    public override TypeKind Kind => TypeKind.NonNull;

    public override NamedType Named => OfType.Named;

    public override string ToString() => OfType + "!";
}

/// <summary>A named type: scalar, object, interface, union, enum or input object.</summary>
public abstract class NamedType(string name) : GraphQLType
{
    public string Name { get; } = name;

    public string? Description { get; internal set; }

    /// <summary>Directives applied to the type in SDL (and its extensions), for tooling and custom directives.</summary>
    public IReadOnlyList<DirectiveNode> AppliedDirectives { get; internal set; } = [];

    /// <summary>The definition this type was built from, if any (null for code-first types without SDL).</summary>
    public TypeNodeBase? AstNode { get; internal set; }

    public IReadOnlyList<TypeNodeBase> ExtensionAstNodes { get; internal set; } = [];

    public override NamedType Named => this;

    public override string ToString() => Name;
}
