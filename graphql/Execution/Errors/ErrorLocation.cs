namespace DebtHub.GraphQL.Execution.Errors;

/// <summary>A 1-based line and column in the request document, as in the response's <c>errors[].locations</c>.</summary>
public readonly record struct ErrorLocation(int Line, int Column);
