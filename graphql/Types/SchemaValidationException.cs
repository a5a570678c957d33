using DebtHub.GraphQL.Language;

namespace DebtHub.GraphQL.Types;

/// <summary>One problem found while building a schema, with the SDL locations it concerns (if any).</summary>
public sealed record SchemaError(string Message, IReadOnlyList<SourceLocation> Locations);

/// <summary>A schema that breaks the type-system rules; <see cref="Errors"/> lists every problem (graphql-js wording).</summary>
public sealed class SchemaValidationException : Exception
{
    public SchemaValidationException()
    {
        Errors = [];
    }

    public SchemaValidationException(string message)
        : base(message)
    {
        Errors = [new SchemaError(message, [])];
    }

    public SchemaValidationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [new SchemaError(message, [])];
    }

    public SchemaValidationException(IReadOnlyList<SchemaError> errors)
        : base(string.Join("\n\n", errors.Select(e => e.Message)))
    {
        Errors = errors;
    }

    public IReadOnlyList<SchemaError> Errors { get; }
}
