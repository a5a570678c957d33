using System.Net;
using System.Text;
using System.Text.Json;
using DebtHub.GraphQL.Execution;
using DebtHub.GraphQL.Execution.Errors;
using DebtHub.GraphQL.Execution.Results;
using DebtHub.GraphQL.Transport.PersistedDocuments;

namespace DebtHub.GraphQL.Tests.Transport;

public sealed class HttpTransportTests
{
    private static readonly ExecutionResult SyntaxError = ExecutionResult.RequestError(
        new GraphQLError("Syntax Error: Expected Name, found <EOF>.", [new ErrorLocation(1, 2)]));

    private static async Task<HttpResponseMessage> PostAsync(KestrelHost host, string body, string? accept = null, string contentType = "application/json")
    {
        using var client = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, host.Endpoint)
        {
            Content = new StringContent(body, Encoding.UTF8, contentType),
        };
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }
        return await client.SendAsync(request);
    }

    [Fact]
    public async Task Data_is_answered_200_in_the_media_type_the_client_asked_for()
    {
        await using var host = await KestrelHost.StartAsync(new ScriptedExecutor(_ => ScriptedExecutor.Data("hello", "world")));

        using var response = await PostAsync(host, """{"query":"{ hello }"}""", "application/graphql-response+json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/graphql-response+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.Equal("""{"data":{"hello":"world"}}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_request_error_is_400_for_graphql_response_json_and_200_for_legacy_json()
    {
        await using var host = await KestrelHost.StartAsync(new ScriptedExecutor(_ => SyntaxError));

        using var modern = await PostAsync(host, """{"query":"{"}""", "application/graphql-response+json");
        using var legacy = await PostAsync(host, """{"query":"{"}""", "application/json");

        Assert.Equal(HttpStatusCode.BadRequest, modern.StatusCode);
        Assert.Equal(HttpStatusCode.OK, legacy.StatusCode);
        Assert.Equal("application/json", legacy.Content.Headers.ContentType?.MediaType);
        using var body = JsonDocument.Parse(await modern.Content.ReadAsStringAsync());
        Assert.False(body.RootElement.TryGetProperty("data", out _));
        Assert.Equal(2, body.RootElement.GetProperty("errors")[0].GetProperty("locations")[0].GetProperty("column").GetInt32());
    }

    [Theory]
    [InlineData("*/*")]
    [InlineData(null)]
    public async Task A_client_that_accepts_anything_gets_application_json(string? accept)
    {
        await using var host = await KestrelHost.StartAsync(new ScriptedExecutor(_ => ScriptedExecutor.Data("hello", "world")));

        using var response = await PostAsync(host, """{"query":"{ hello }"}""", accept);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_client_that_accepts_neither_json_type_gets_406()
    {
        await using var host = await KestrelHost.StartAsync(new ScriptedExecutor(_ => ScriptedExecutor.Data("hello", "world")));

        using var response = await PostAsync(host, """{"query":"{ hello }"}""", "text/xml");

        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
    }

    [Fact]
    public async Task A_post_that_is_not_json_gets_415()
    {
        var executor = new ScriptedExecutor(_ => ScriptedExecutor.Data("hello", "world"));
        await using var host = await KestrelHost.StartAsync(executor);

        using var response = await PostAsync(host, """{"query":"{ hello }"}""", contentType: "text/plain");

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Empty(executor.Requests);
    }

    [Theory]
    [InlineData("{ \"not json")]
    [InlineData("")]
    [InlineData("""{"query": 0}""")]
    [InlineData("""{"query": "{ hello }", "variables": "string"}""")]
    [InlineData("""{"query": "{ hello }", "extensions": ["array"]}""")]
    [InlineData("""{"query": "{ hello }", "operationName": false}""")]
    [InlineData("""{"qeury": "{ hello }"}""")]
    public async Task Malformed_request_parameters_get_400_whatever_the_accept_header(string body)
    {
        var executor = new ScriptedExecutor(_ => ScriptedExecutor.Data("hello", "world"));
        await using var host = await KestrelHost.StartAsync(executor);

        using var response = await PostAsync(host, body, "application/json");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(executor.Requests);
    }

    [Fact]
    public async Task Get_hands_on_url_parameters_and_allows_only_queries()
    {
        var executor = new ScriptedExecutor(_ => ScriptedExecutor.Data("hello", "world"));
        await using var host = await KestrelHost.StartAsync(executor);
        using var client = new HttpClient();

        var url = host.Endpoint + "?query=" + Uri.EscapeDataString("query Q($n: Int) { hello }")
            + "&operationName=Q&variables=" + Uri.EscapeDataString("""{"n":3}""");
        using var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var request = Assert.Single(executor.Requests);
        Assert.Equal("Q", request.OperationName);
        Assert.Equal(3, request.Variables!.Value.GetProperty("n").GetInt32());
        Assert.Equal(OperationKinds.Query, request.AllowedOperations);
    }

    [Fact]
    public async Task A_mutation_over_get_is_refused_with_405()
    {
        var notAllowed = ExecutionResult.RequestError(GraphQLError.WithCode(
            "Can only perform a mutation operation from a POST request.", ErrorCodes.OperationNotAllowed));
        await using var host = await KestrelHost.StartAsync(new ScriptedExecutor(_ => notAllowed));
        using var client = new HttpClient();

        using var response = await client.GetAsync(host.Endpoint + "?query=" + Uri.EscapeDataString("mutation { __typename }"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("POST", response.Content.Headers.Allow);
    }

    [Fact]
    public async Task Other_methods_get_405()
    {
        await using var host = await KestrelHost.StartAsync(new ScriptedExecutor(_ => ScriptedExecutor.Data("hello", "world")));
        using var client = new HttpClient();

        using var response = await client.PutAsync(host.Endpoint, new StringContent("{}", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task The_sdl_is_served_as_text()
    {
        await using var host = await KestrelHost.StartAsync(new ScriptedExecutor(_ => ScriptedExecutor.Data("hello", "world")) { Sdl = "type Query {\n  me: String\n}\n" });
        using var client = new HttpClient();

        using var response = await client.GetAsync(host.Endpoint + "?sdl");

        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("type Query {\n  me: String\n}\n", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_browser_gets_the_ide_and_its_assets_from_the_endpoint_itself()
    {
        await using var host = await KestrelHost.StartAsync(new ScriptedExecutor(_ => ScriptedExecutor.Data("hello", "world")));
        using var client = new HttpClient();
        client.DefaultRequestHeaders.Accept.ParseAdd("text/html,application/xhtml+xml,*/*;q=0.8");

        var page = await client.GetStringAsync(host.Endpoint);
        using var script = await client.GetAsync(host.Endpoint + "?ide-asset=ide.js");
        var scriptText = await script.Content.ReadAsStringAsync();

        Assert.Contains("<textarea id=\"query\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("https://", page, StringComparison.Ordinal);
        Assert.Equal("text/javascript", script.Content.Headers.ContentType?.MediaType);
        Assert.Contains("graphql-transport-ws", scriptText, StringComparison.Ordinal);
        Assert.Contains("__schema", scriptText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_apq_hash_answers_PersistedQueryNotFound_and_the_resent_document_is_remembered()
    {
        var executor = new ScriptedExecutor(_ => ScriptedExecutor.Data("hello", "world"));
        await using var host = await KestrelHost.StartAsync(executor);
        const string query = "{ hello }";
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(query)));
        var extensions = $$$"""{"persistedQuery":{"version":1,"sha256Hash":"{{{hash}}}"}}""";

        using var first = await PostAsync(host, $$$"""{"extensions":{{{extensions}}}}""", "application/json");
        using var withText = await PostAsync(host, $$$"""{"query":"{ hello }","extensions":{{{extensions}}}}""", "application/json");
        using var byHash = await PostAsync(host, $$$"""{"extensions":{{{extensions}}}}""", "application/json");

        using var firstBody = JsonDocument.Parse(await first.Content.ReadAsStringAsync());
        var error = firstBody.RootElement.GetProperty("errors")[0];
        Assert.Equal("PersistedQueryNotFound", error.GetProperty("message").GetString());
        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.OK, withText.StatusCode);
        Assert.Equal("""{"data":{"hello":"world"}}""", await byHash.Content.ReadAsStringAsync());
        Assert.Equal([query, query], executor.Requests.Select(r => r.Query));
    }

    [Fact]
    public async Task An_apq_hash_that_does_not_match_the_document_is_refused()
    {
        var executor = new ScriptedExecutor(_ => ScriptedExecutor.Data("hello", "world"));
        await using var host = await KestrelHost.StartAsync(executor);

        using var response = await PostAsync(host,
            """{"query":"{ hello }","extensions":{"persistedQuery":{"version":1,"sha256Hash":"00"}}}""", "application/graphql-response+json");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("provided sha does not match query", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(executor.Requests);
    }

    [Fact]
    public async Task A_trusted_document_runs_by_id_and_only_trusted_documents_may_run_when_locked_down()
    {
        var executor = new ScriptedExecutor(_ => ScriptedExecutor.Data("hello", "world"));
        var store = new DictionaryPersistedDocumentStore(new Dictionary<string, string> { ["abc123"] = "query Hello { hello }" });
        await using var host = await KestrelHost.StartAsync(executor, o =>
        {
            o.TrustedDocuments = store;
            o.OnlyTrustedDocuments = true;
        });

        using var byId = await PostAsync(host, """{"documentId":"sha256:abc123"}""", "application/graphql-response+json");
        using var text = await PostAsync(host, """{"query":"{ hello }"}""", "application/graphql-response+json");
        using var unknown = await PostAsync(host, """{"documentId":"nope"}""", "application/graphql-response+json");

        Assert.Equal(HttpStatusCode.OK, byId.StatusCode);
        Assert.Equal("query Hello { hello }", Assert.Single(executor.Requests).Query);
        Assert.Equal(HttpStatusCode.BadRequest, text.StatusCode);
        Assert.Contains("TRUSTED_DOCUMENT_REQUIRED", await text.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
    }

    [Fact]
    public async Task Variables_and_extensions_reach_the_executor_untouched()
    {
        var executor = new ScriptedExecutor(_ => ScriptedExecutor.Data("hello", "world"));
        await using var host = await KestrelHost.StartAsync(executor);

        using var response = await PostAsync(host,
            """{"query":"query($a: [Int]) { hello }","variables":{"a":[1,null]},"extensions":{"some":"value"}}""", "application/json");

        var request = Assert.Single(executor.Requests);
        Assert.Equal("""[1,null]""", request.Variables!.Value.GetProperty("a").GetRawText());
        Assert.Equal("value", request.Extensions!.Value.GetProperty("some").GetString());
    }
}
