using DebtHub.GraphQL.Language.Ast;

namespace DebtHub.GraphQL.Execution.Errors;

/// <summary>An error raised inside execution that already knows its document locations (graphql-js's GraphQLError with nodes).</summary>
internal sealed class LocatedException : Exception
{
    public LocatedException(string message, IReadOnlyList<ErrorLocation>? locations = null) : base(message) => Locations = locations;

    public LocatedException(string message, SyntaxNode node) : this(message, [At(node)]) { }

    public LocatedException() : this("") { }

    public LocatedException(string message) : this(message, (IReadOnlyList<ErrorLocation>?)null) { }

    public LocatedException(string message, Exception innerException) : base(message, innerException) { }

    public IReadOnlyList<ErrorLocation>? Locations { get; }

    public static ErrorLocation At(SyntaxNode node)
    {
        var location = node.Location.StartLocation;
        return new ErrorLocation(location.Line, location.Column);
    }
}
