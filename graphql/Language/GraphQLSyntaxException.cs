namespace DebtHub.GraphQL.Language;

/// <summary>
/// A document that does not follow the grammar. <see cref="Exception.Message"/> is graphql-js's wording, starting with
/// "Syntax Error: ", and <see cref="Location"/> is where the offending character or token starts.
/// </summary>
public sealed class GraphQLSyntaxException : Exception
{
    public GraphQLSyntaxException()
    {
    }

    public GraphQLSyntaxException(string message)
        : base(message)
    {
    }

    public GraphQLSyntaxException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    internal GraphQLSyntaxException(Source source, int offset, string description)
        : base("Syntax Error: " + description)
    {
        Offset = offset;
        Location = source.GetLocation(offset);
    }

    /// <summary>Byte offset in the UTF-8 source.</summary>
    public int Offset { get; }

    public SourceLocation Location { get; }
}
