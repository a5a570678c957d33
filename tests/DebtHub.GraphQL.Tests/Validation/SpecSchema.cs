using DebtHub.GraphQL.Language;
using DebtHub.GraphQL.Types;
using DebtHub.GraphQL.Validation;

namespace DebtHub.GraphQL.Tests.Validation;

/// <summary>The spec's section 5 example schema (Validation/SpecSchema.graphql), built once, and helpers to validate against it.</summary>
internal static class SpecSchema
{
    private static readonly Lazy<string> _sdl = new(() => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Validation", "SpecSchema.graphql")));
    private static readonly Lazy<Schema> _schema = new(() => SchemaBuilder.FromSdl(_sdl.Value).Build());

    public static string Sdl => _sdl.Value;

    public static Schema Schema => _schema.Value;

    /// <summary>Our verdict on a document, errors as "message @ line:column ..." (the oracle's format).</summary>
    public static OurResult Validate(string document)
    {
        try
        {
            var parsed = GraphQLParser.Parse(document);
            return new OurResult(false, [.. DocumentValidator.Validate(Schema, parsed).Select(Format)]);
        }
        catch (GraphQLSyntaxException exception)
        {
            return new OurResult(true, [$"{exception.Message} @ {exception.Location.Line}:{exception.Location.Column}"]);
        }
    }

    public static string Format(ValidationError error)
        => error.Message + " @ " + string.Join(" ", error.Locations.Select(l => $"{l.Line}:{l.Column}"));
}

internal sealed record OurResult(bool IsSyntaxError, IReadOnlyList<string> Errors);
