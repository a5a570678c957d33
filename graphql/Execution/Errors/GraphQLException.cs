namespace DebtHub.GraphQL.Execution.Errors;

/// <summary>
/// Thrown by a resolver to report a field error whose message is meant for the client (other exceptions become
/// "Unexpected Execution Error" outside development). The executor adds the locations and path.
/// </summary>
public sealed class GraphQLException : Exception
{
    public GraphQLException(string message, string? code = null) : base(message) => Code = code;

    public GraphQLException(string message, string? code, Exception innerException) : base(message, innerException) => Code = code;

    public GraphQLException() : this("Unexpected Execution Error") { }

    public GraphQLException(string message) : this(message, (string?)null) { }

    public GraphQLException(string message, Exception innerException) : this(message, null, innerException) { }

    /// <summary>Written as <c>extensions.code</c> when set.</summary>
    public string? Code { get; }

    /// <summary>Further entries for <c>extensions</c> (besides <c>code</c>).</summary>
    public IDictionary<string, object?> Extensions { get; } = new Dictionary<string, object?>();
}
