using System.Security.Claims;
using DebtHub.GraphQL.Authorization;
using DebtHub.GraphQL.Execution;
using DebtHub.GraphQL.Execution.Options;
using DebtHub.GraphQL.Execution.Results;
using DebtHub.GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace DebtHub.GraphQL.Tests.Authorization;

public sealed class AuthorizeDirectiveTests
{
    private const string Sdl = """
        type Query {
          open: String
          signedIn: String @authorize
          ssn: String @authorize(roles: ["supervisor", "admin"])
          secretNonNull: String! @authorize(roles: ["admin"])
          account: Account
        }
        type Account @authorize { id: ID! note: String @authorize(roles: ["supervisor"]) }
        type Subscription { ticks: Int @authorize(roles: ["collector"]) }
        """;

    private static readonly object Root = new Dictionary<string, object?>
    {
        ["open"] = "hello",
        ["signedIn"] = "you are in",
        ["ssn"] = "123-45-6789",
        ["secretNonNull"] = "s",
        ["account"] = new Dictionary<string, object?> { ["id"] = "a1", ["note"] = "called" },
    };

    private static async Task<string> RunAsync(string query, ClaimsPrincipal? user)
    {
        var schema = SchemaBuilder.FromSdl(Sdl).AddAuthorization()
            .BindSubscription("Subscription.ticks", _ => new ValueTask<IAsyncEnumerable<object?>>(Ticks()))
            .Build();
        var executor = new RequestExecutor(schema, new GraphQLOptions(), TimeProvider.System, Pipeline.Validate, Root);
        var result = await executor.ExecuteAsync(new GraphQLRequest(query) { User = user }, new ServiceCollection().BuildServiceProvider(), CancellationToken.None);
        if (result.Stream is { } stream)
        {
            await foreach (var item in stream)
            {
                return ResultWriter.ToJson(item);
            }
        }

        return ResultWriter.ToJson(result);
    }

    private static async IAsyncEnumerable<object?> Ticks()
    {
        await Task.Yield();
        yield return new Dictionary<string, object?> { ["ticks"] = 1 };
    }

    private static ClaimsPrincipal User(string role) =>
        new(new ClaimsIdentity([new Claim("sub", "ann"), new Claim(ClaimTypes.Role, role)], "Bearer"));

    private const string Refused = "The current user is not authorized to access this resource.";

    [Fact]
    public async Task An_anonymous_request_gets_null_and_AUTH_NOT_AUTHENTICATED_for_a_guarded_field_but_reads_open_ones()
    {
        var json = await RunAsync("{ open signedIn }", user: null);

        Assert.Equal(
            $$$"""{"errors":[{"message":"{{{Refused}}}","locations":[{"line":1,"column":8}],"path":["signedIn"],"extensions":{"code":"AUTH_NOT_AUTHENTICATED"}}],"data":{"open":"hello","signedIn":null}}""",
            json);
    }

    [Fact]
    public async Task A_signed_in_user_without_the_role_gets_AUTH_NOT_AUTHORIZED()
    {
        var json = await RunAsync("{ signedIn ssn }", User("collector"));

        Assert.Contains("\"signedIn\":\"you are in\"", json, StringComparison.Ordinal);
        Assert.Contains("\"ssn\":null", json, StringComparison.Ordinal);
        Assert.Contains("\"code\":\"AUTH_NOT_AUTHORIZED\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Any_one_of_the_listed_roles_is_enough()
    {
        var json = await RunAsync("{ ssn }", User("admin"));

        Assert.Equal("""{"data":{"ssn":"123-45-6789"}}""", json);
    }

    [Fact]
    public async Task A_refused_non_null_field_nulls_its_parent_as_any_field_error_does()
    {
        var json = await RunAsync("{ open secretNonNull }", User("collector"));

        Assert.StartsWith("""{"errors":[{"message":"The current user""", json, StringComparison.Ordinal);
        Assert.EndsWith("\"data\":null}", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_directive_on_a_type_guards_every_field_of_it_and_field_directives_add_to_it()
    {
        var anonymous = await RunAsync("{ account { id } }", user: null);
        var collector = await RunAsync("{ account { id note } }", User("collector"));
        var supervisor = await RunAsync("{ account { id note } }", User("supervisor"));

        Assert.Contains("AUTH_NOT_AUTHENTICATED", anonymous, StringComparison.Ordinal);
        Assert.Contains("\"data\":{\"account\":null}", anonymous, StringComparison.Ordinal);
        Assert.Contains("\"account\":{\"id\":\"a1\",\"note\":null}", collector, StringComparison.Ordinal);
        Assert.Contains("AUTH_NOT_AUTHORIZED", collector, StringComparison.Ordinal);
        Assert.Equal("""{"data":{"account":{"id":"a1","note":"called"}}}""", supervisor);
    }

    [Fact]
    public async Task A_subscription_field_is_refused_before_its_stream_starts()
    {
        var refused = await RunAsync("subscription { ticks }", User("supervisor"));
        var allowed = await RunAsync("subscription { ticks }", User("collector"));

        Assert.Contains("AUTH_NOT_AUTHORIZED", refused, StringComparison.Ordinal);
        Assert.DoesNotContain("\"data\"", refused, StringComparison.Ordinal);
        Assert.Equal("""{"data":{"ticks":1}}""", allowed);
    }

    [Fact]
    public async Task The_directive_is_part_of_the_printed_schema()
    {
        var schema = SchemaBuilder.FromSdl("type Query { a: String @authorize }").AddAuthorization().Build();

        Assert.Contains("directive @authorize(", DebtHub.GraphQL.Introspection.SchemaPrinter.Print(schema), StringComparison.Ordinal);
    }
}
