namespace DebtHub.GraphQL.Language;

/// <summary>Limits that make hostile documents fail fast, before they cost memory or stack.</summary>
public sealed record ParserOptions
{
    public static ParserOptions Default { get; } = new();

    /// <summary>At most this many tokens (comments excluded), as graphql-js's maxTokens.</summary>
    public int MaxTokens { get; init; } = 50_000;

    /// <summary>At most this deep nesting of selection sets, list/object values and list types.</summary>
    public int MaxDepth { get; init; } = 128;

    /// <summary>Whether nodes carry their <see cref="Ast.Location"/> source (needed for error locations).</summary>
    public bool NoLocation { get; init; }
}
