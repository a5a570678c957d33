using System.Text.Json;
using DebtHub.GraphQL.Conventions;
using DebtHub.GraphQL.Execution;
using DebtHub.GraphQL.Execution.Options;
using DebtHub.GraphQL.Execution.Results;
using DebtHub.GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace DebtHub.GraphQL.Tests.Conventions;

public sealed class MutationConventionTests
{
    private const string Sdl = """
        type Query { ok: Boolean }
        type Mutation
        type Book { id: ID! title: String! }
        input AddBookInput { title: String! }
        type TitleTooLongError implements Error { message: String! maxLength: Int! }
        type DuplicateTitleError implements Error { message: String! existingId: ID! }
        """;

    private static readonly MutationField AddBook = new("addBook", "book", "Book", ["TitleTooLongError", "DuplicateTitleError"])
    {
        Description = "Adds a \"book\" to the shelf.",
    };

    private sealed record TitleTooLongError(string Message, int MaxLength) : IMutationError;

    private sealed record DuplicateTitleError(string Message, string ExistingId) : IMutationError;

    private static SchemaBuilder Shelf() => SchemaBuilder.FromSdl(Sdl)
        .AddMutationConventions()
        .AddMutation(AddBook, (input, _) =>
        {
            var title = (string)input["title"]!;
            if (title.Length > 10)
            {
                return ValueTask.FromResult(MutationResult.Failure(new TitleTooLongError("The title is longer than 10 characters.", 10)));
            }

            if (title == "Dune")
            {
                // Thrown from deep inside, as a domain service would.
                throw new MutationErrorException([
                    new DuplicateTitleError("Dune is already on the shelf.", "b1"),
                    new TitleTooLongError("Also too long, for the test.", 3),
                ]);
            }

            if (title == "boom")
            {
                throw new InvalidOperationException("a bug, not a user's mistake");
            }

            return ValueTask.FromResult(MutationResult.Success(new Dictionary<string, object?> { ["id"] = "b2", ["title"] = title }));
        });

    private static async Task<string> RunAsync(SchemaBuilder builder, string query)
    {
        var executor = new RequestExecutor(builder.Build(), new GraphQLOptions(), TimeProvider.System, Pipeline.Validate);
        var result = await executor.ExecuteAsync(new GraphQLRequest(query, null, null), new ServiceCollection().BuildServiceProvider(), CancellationToken.None);
        return ResultWriter.ToJson(result);
    }

    private const string Selection = """
        book { id title }
        errors { __typename ... on Error { message } ... on TitleTooLongError { maxLength } ... on DuplicateTitleError { existingId } }
        """;

    [Fact]
    public async Task A_successful_mutation_returns_its_result_and_null_errors()
    {
        var json = await RunAsync(Shelf(), $$"""mutation { addBook(input: { title: "Emma" }) { {{Selection}} } }""");

        Assert.Equal("""{"data":{"addBook":{"book":{"id":"b2","title":"Emma"},"errors":null}}}""", json);
    }

    [Fact]
    public async Task A_refused_mutation_returns_typed_errors_with_their_own_fields_and_a_null_result()
    {
        var json = await RunAsync(Shelf(), $$"""mutation { addBook(input: { title: "War and Peace" }) { {{Selection}} } }""");

        Assert.Equal(
            """{"data":{"addBook":{"book":null,"errors":[{"__typename":"TitleTooLongError","message":"The title is longer than 10 characters.","maxLength":10}]}}}""",
            json);
    }

    [Fact]
    public async Task Errors_thrown_from_inside_the_resolver_become_the_payload_errors_in_order()
    {
        var json = await RunAsync(Shelf(), $$"""mutation { addBook(input: { title: "Dune" }) { {{Selection}} } }""");

        using var document = JsonDocument.Parse(json);
        var payload = document.RootElement.GetProperty("data").GetProperty("addBook");
        Assert.Equal(JsonValueKind.Null, payload.GetProperty("book").ValueKind);
        Assert.Equal(
            new[] { "DuplicateTitleError", "TitleTooLongError" },
            payload.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("__typename").GetString()!).ToArray());
        Assert.Equal("b1", payload.GetProperty("errors")[0].GetProperty("existingId").GetString());
        Assert.False(document.RootElement.TryGetProperty("errors", out _));
    }

    [Fact]
    public async Task A_bug_in_the_resolver_stays_a_graphql_error_instead_of_posing_as_a_typed_error()
    {
        var json = await RunAsync(Shelf(), """mutation { addBook(input: { title: "boom" }) { book { id } errors { __typename } } }""");

        using var document = JsonDocument.Parse(json);
        Assert.Equal(JsonValueKind.Null, document.RootElement.GetProperty("data").ValueKind);
        Assert.Equal(new[] { "addBook" }, document.RootElement.GetProperty("errors")[0].GetProperty("path").EnumerateArray().Select(p => p.GetString()!).ToArray());
    }

    [Fact]
    public async Task The_schema_gets_the_input_payload_and_error_union_shape()
    {
        var sdl = new RequestExecutor(Shelf().Build(), new GraphQLOptions(), TimeProvider.System, Pipeline.Validate).PrintSchema();

        Assert.Contains(""""
              """Adds a "book" to the shelf."""
              addBook(input: AddBookInput!): AddBookPayload!
            """", sdl, StringComparison.Ordinal);
        Assert.Contains(""""
            type AddBookPayload {
              book: Book

              """Why the mutation changed nothing; null when it succeeded."""
              errors: [AddBookError!]
            }
            """", sdl, StringComparison.Ordinal);
        Assert.Contains("union AddBookError = TitleTooLongError | DuplicateTitleError", sdl, StringComparison.Ordinal);
        Assert.Contains("interface Error {", sdl, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_input_argument_is_required_by_validation()
    {
        var json = await RunAsync(Shelf(), "mutation { addBook { errors { __typename } } }");

        Assert.Contains("""Field \"addBook\" argument \"input\" of type \"AddBookInput!\" is required, but it was not provided.""", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task More_payload_fields_are_declared_and_filled_from_the_result()
    {
        var field = new MutationField("shelveBook", "book", "Book", ["TitleTooLongError"])
        {
            MoreFields = """
                "How many books the shelf holds now."
                shelfSize: Int!
                """,
        };
        var builder = SchemaBuilder.FromSdl(Sdl).AddSdl("input ShelveBookInput { id: ID! }").AddMutationConventions()
            .AddMutation(field, (input, _) => ValueTask.FromResult(MutationResult.Success(
                new Dictionary<string, object?> { ["id"] = input["id"], ["title"] = "Emma" }, new Dictionary<string, object?> { ["shelfSize"] = 3 })));

        var json = await RunAsync(builder, """mutation { shelveBook(input: { id: "b9" }) { book { id } shelfSize errors { __typename } } }""");

        Assert.Equal("""{"data":{"shelveBook":{"book":{"id":"b9"},"shelfSize":3,"errors":null}}}""", json);
    }

    [Fact]
    public void A_mutation_without_error_types_is_refused_when_declared()
    {
        var builder = SchemaBuilder.FromSdl(Sdl).AddMutationConventions();

        var error = Assert.Throws<ArgumentException>(() =>
            builder.AddMutation(AddBook with { Errors = [] }, (_, _) => ValueTask.FromResult(MutationResult.Success(null))));
        Assert.Contains("names no error types", error.Message, StringComparison.Ordinal);
    }
}
