using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace DebtHub.Api.Tests.Support;

/// <summary>Posts GraphQL over HTTP as a front end would, with a bearer token when given.</summary>
public static class GraphQLClient
{
    public static async Task<JsonElement> PostGraphQLAsync(
        this HttpClient client, string query, object? variables = null, string? token = null, string? traceparent = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query, variables }) };
        if (traceparent is not null)
        {
            request.Headers.Add("traceparent", traceparent);
        }

        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        using var json = JsonDocument.Parse(body);
        return json.RootElement.Clone();
    }

    public static string? Code(this JsonElement result, int index = 0) =>
        result.TryGetProperty("errors", out var errors) && errors.GetArrayLength() > index
            && errors[index].TryGetProperty("extensions", out var extensions) && extensions.TryGetProperty("code", out var code)
            ? code.GetString()
            : null;

    public static JsonElement Data(this JsonElement result, params string[] path)
    {
        var node = result.GetProperty("data");
        foreach (var step in path)
        {
            node = node.GetProperty(step);
        }

        return node;
    }
}
