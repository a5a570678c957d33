using DebtHub.GraphQL.Language.Ast;

namespace DebtHub.GraphQL.Types;

/// <summary>A directive definition (spec §3.13): its arguments, locations and whether it may repeat.</summary>
public sealed class DirectiveDefinition(string name, IReadOnlyList<string> locations)
{
    public string Name { get; } = name;

    public string? Description { get; internal set; }

    public IReadOnlyList<InputValueDefinition> Arguments { get; internal set; } = [];

    /// <summary>DirectiveLocation names such as FIELD or OBJECT.</summary>
    public IReadOnlyList<string> Locations { get; } = locations;

    public bool IsRepeatable { get; internal set; }

    public DirectiveDefinitionNode? AstNode { get; internal set; }

    public bool IsBuiltIn { get; internal set; }

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
