using DebtHub.GraphQL.Language.Ast;

namespace DebtHub.GraphQL.Types;

/// <summary>A field of an object or interface type (spec §3.6 FieldDefinition) with its resolver slot.</summary>
public sealed class FieldDefinition(string name, GraphQLType type)
{
    public string Name { get; } = name;

    public GraphQLType Type { get; internal set; } = type;

    public string? Description { get; internal set; }

    public IReadOnlyList<InputValueDefinition> Arguments { get; internal set; } = [];

    /// <summary>The reason given by @deprecated, or null when the field is not deprecated.</summary>
    public string? DeprecationReason { get; internal set; }

    public bool IsDeprecated => DeprecationReason is not null;

    public IReadOnlyList<DirectiveNode> AppliedDirectives { get; internal set; } = [];

    public FieldDefinitionNode? AstNode { get; internal set; }

    /// <summary>The resolver; null means the default field resolver (<see cref="DefaultResolvers.ResolveField"/>).</summary>
    public FieldResolver? Resolver { get; internal set; }

    /// <summary>For subscription root fields: produces the source event stream.</summary>
    public SubscribeResolver? Subscriber { get; internal set; }

    /// <summary>The coordinate of the field, e.g. <c>Query.user</c>, filled when the schema is built.</summary>
    public string Coordinate { get; internal set; } = name;

    public InputValueDefinition? GetArgument(string argumentName)
    {
        foreach (var argument in Arguments)
        {
            if (argument.Name == argumentName)
            {
                return argument;
            }
        }

        return null;
    }
}

/// <summary>An argument or an input object field (spec §3.6.1 InputValueDefinition).</summary>
public sealed class InputValueDefinition(string name, GraphQLType type)
{
    public string Name { get; } = name;

    public GraphQLType Type { get; internal set; } = type;

    public string? Description { get; internal set; }

    /// <summary>The default value as written (a constant literal), or null when there is none.</summary>
    public ValueNode? DefaultValue { get; internal set; }

    public bool HasDefaultValue => DefaultValue is not null;

    public string? DeprecationReason { get; internal set; }

    public bool IsDeprecated => DeprecationReason is not null;

    public bool IsRequired => Type is NonNullType && DefaultValue is null;

    public IReadOnlyList<DirectiveNode> AppliedDirectives { get; internal set; } = [];

    public InputValueDefinitionNode? AstNode { get; internal set; }

    /// <summary>The coordinate, e.g. <c>Query.user(id:)</c> or <c>UserInput.name</c>.</summary>
    public string Coordinate { get; internal set; } = name;
}

/// <summary>A value of an enum type (spec §3.9 EnumValueDefinition) and the CLR value it stands for.</summary>
public sealed class EnumValueDefinition(string name, object? value)
{
    public string Name { get; } = name;

    /// <summary>The internal value resolvers receive and return; the name itself unless bound to a CLR enum.</summary>
    public object? Value { get; internal set; } = value;

    public string? Description { get; internal set; }

    public string? DeprecationReason { get; internal set; }

    public bool IsDeprecated => DeprecationReason is not null;

    public IReadOnlyList<DirectiveNode> AppliedDirectives { get; internal set; } = [];

    public EnumValueDefinitionNode? AstNode { get; internal set; }
}
