using DebtHub.GraphQL.Language;

namespace DebtHub.GraphQL.Validation;

/// <summary>A validation error as graphql-js reports it: the message and the locations of the nodes concerned.</summary>
public sealed record ValidationError(string Message, IReadOnlyList<SourceLocation> Locations);
