using System.Text;
using DebtHub.GraphQL.Types;

namespace DebtHub.GraphQL.Conventions;

/// <summary>Runs one convention mutation with its (coerced) <c>input</c> object.</summary>
public delegate ValueTask<MutationResult> MutationResolver(IReadOnlyDictionary<string, object?> input, IResolverContext context);

/// <summary>
/// HotChocolate's mutation conventions for schema-first areas: <c>doThing(input: DoThingInput!): DoThingPayload!</c>,
/// the payload carrying the result and <c>errors: [DoThingError!]</c>, a union of types implementing
/// <c>interface Error { message: String! }</c>. A user's mistake is data in the payload, not a GraphQL error, so clients
/// get a typed, selectable answer and the HTTP status stays 200.
/// </summary>
public static class MutationConventions
{
    public const string ErrorInterfaceName = "Error";

    private const string ErrorSdl = """
        "A problem that stopped a mutation, returned as data in the mutation's payload."
        interface Error {
          "What went wrong, written for the person who made the request."
          message: String!
        }

        """;

    private static readonly IReadOnlyDictionary<string, object?> NoInput = new Dictionary<string, object?>();

    /// <summary>Declares <c>interface Error</c>; call once before <see cref="AddMutation"/>.</summary>
    public static SchemaBuilder AddMutationConventions(this SchemaBuilder schema) => schema
        .AddSdl(ErrorSdl)
        .ResolveType(ErrorInterfaceName, ResolveErrorType);

    /// <summary>
    /// Adds the mutation field, its payload and its error union (the area declares <c>type Mutation</c> or extends it,
    /// and writes the input type and the error types), and binds <paramref name="resolver"/>.
    /// </summary>
    public static SchemaBuilder AddMutation(this SchemaBuilder schema, MutationField field, MutationResolver resolver)
    {
        ArgumentNullException.ThrowIfNull(field);
        ArgumentNullException.ThrowIfNull(resolver);
        if (field.Errors.Count == 0)
        {
            throw new ArgumentException($"Mutation {field.Name} names no error types; a union needs at least one.", nameof(field));
        }

        return schema
            .AddSdl(Sdl(field))
            .ResolveType(field.ErrorUnionName, ResolveErrorType)
            .Bind($"Mutation.{field.Name}", (FieldResolver)(context => RunAsync(field, resolver, context)));
    }

    /// <summary>The SDL the convention writes for <paramref name="field"/> (also what the schema prints).</summary>
    public static string Sdl(MutationField field)
    {
        var sdl = new StringBuilder();
        sdl.Append("extend type Mutation {\n");
        if (field.Description is { } description)
        {
            sdl.Append("  ").Append(Quote(description)).Append('\n');
        }

        sdl.Append("  ").Append(field.Name).Append("(input: ").Append(field.InputTypeName).Append("!): ")
            .Append(field.PayloadTypeName).Append('!');
        if (field.Directives is { } directives)
        {
            sdl.Append(' ').Append(directives);
        }

        sdl.Append("\n}\n\n")
            .Append(Quote($"The result of {field.Name}: {field.ResultField} when it succeeded, errors when it did not.")).Append('\n')
            .Append("type ").Append(field.PayloadTypeName).Append(" {\n")
            .Append("  ").Append(field.ResultField).Append(": ").Append(field.ResultType).Append('\n');
        foreach (var line in (field.MoreFields ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            sdl.Append("  ").Append(line).Append('\n');
        }

        sdl
            .Append("  \"Why the mutation changed nothing; null when it succeeded.\"\n")
            .Append("  errors: [").Append(field.ErrorUnionName).Append("!]\n}\n\n")
            .Append(Quote($"The errors {field.Name} can answer with.")).Append('\n')
            .Append("union ").Append(field.ErrorUnionName).Append(" = ").AppendJoin(" | ", field.Errors).Append('\n');
        return sdl.ToString();
    }

    private static async ValueTask<object?> RunAsync(MutationField field, MutationResolver resolver, IResolverContext context)
    {
        var input = context.Arguments.TryGetValue("input", out var value) && value is IReadOnlyDictionary<string, object?> given
            ? given
            : NoInput;
        MutationResult result;
        try
        {
            result = await resolver(input, context);
        }
        catch (MutationErrorException e) when (e.Errors.Count > 0)
        {
            result = MutationResult.Failure(e.Errors);
        }

        var payload = new Dictionary<string, object?>(result.Fields, StringComparer.Ordinal)
        {
            [field.ResultField] = result.Value,
            ["errors"] = result.Errors,
        };
        return payload;
    }

    /// <summary>An error's GraphQL type is the type named like its CLR type.</summary>
    private static string? ResolveErrorType(object value, IResolverContext? context) =>
        value is IMutationError ? value.GetType().Name : null;

    private static string Quote(string text)
    {
        var quoted = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            _ = c switch
            {
                '"' => quoted.Append("\\\""),
                '\\' => quoted.Append("\\\\"),
                '\n' => quoted.Append("\\n"),
                '\r' => quoted.Append("\\r"),
                '\t' => quoted.Append("\\t"),
                < ' ' => quoted.Append($"\\u{(int)c:X4}"),
                _ => quoted.Append(c),
            };
        }

        return quoted.Append('"').ToString();
    }
}
