namespace DebtHub.GraphQL.Language;

/// <summary>A 1-based line and column (in UTF-16 code units, as graphql-js counts) in a GraphQL document.</summary>
public readonly record struct SourceLocation(int Line, int Column);
