using System.Text.Json;

namespace DebtHub.GraphQL.Transport.Http;

/// <summary>
/// The request parameters of GraphQL over HTTP (query, operationName, variables, extensions, documentId) after their
/// JSON types were checked, before persisted documents are resolved.
/// </summary>
internal sealed record RequestParameters(
    string? Query,
    string? OperationName,
    JsonElement? Variables,
    JsonElement? Extensions,
    string? DocumentId)
{
    /// <summary>Reads a POST body (or a graphql-transport-ws subscribe payload); a wrong JSON type is an error message.</summary>
    public static RequestParameters? FromJson(JsonElement body, out string? error)
    {
        error = null;
        if (body.ValueKind != JsonValueKind.Object)
        {
            error = "The request body must be a JSON object.";
            return null;
        }
        string? query = null, operationName = null, documentId = null;
        JsonElement? variables = null, extensions = null;
        foreach (var property in body.EnumerateObject())
        {
            var value = property.Value;
            switch (property.Name)
            {
                case "query" when !TryString(value, "query", out query, out error): return null;
                case "operationName" when !TryString(value, "operationName", out operationName, out error): return null;
                case "documentId" when !TryString(value, "documentId", out documentId, out error): return null;
                case "variables" when !TryMap(value, "variables", out variables, out error): return null;
                case "extensions" when !TryMap(value, "extensions", out extensions, out error): return null;
            }
        }
        return new RequestParameters(query, operationName, variables, extensions, documentId);
    }

    /// <summary>Reads GET URL parameters, where variables and extensions are URL-encoded JSON text.</summary>
    public static RequestParameters? FromQueryString(Microsoft.AspNetCore.Http.IQueryCollection query, out string? error)
    {
        error = null;
        JsonElement? variables = null, extensions = null;
        if (query.TryGetValue("variables", out var variablesText) && !TryParseMap(variablesText.ToString(), "variables", out variables, out error))
        {
            return null;
        }
        if (query.TryGetValue("extensions", out var extensionsText) && !TryParseMap(extensionsText.ToString(), "extensions", out extensions, out error))
        {
            return null;
        }
        return new RequestParameters(
            query.TryGetValue("query", out var q) ? q.ToString() : null,
            query.TryGetValue("operationName", out var name) && name.ToString().Length > 0 ? name.ToString() : null,
            variables,
            extensions,
            query.TryGetValue("documentId", out var id) ? id.ToString() : null);
    }

    private static bool TryString(JsonElement value, string name, out string? text, out string? error)
    {
        error = null;
        text = null;
        switch (value.ValueKind)
        {
            case JsonValueKind.Null: return true;
            case JsonValueKind.String: text = value.GetString(); return true;
            default: error = $"The \"{name}\" parameter must be a string."; return false;
        }
    }

    private static bool TryMap(JsonElement value, string name, out JsonElement? map, out string? error)
    {
        error = null;
        map = null;
        switch (value.ValueKind)
        {
            case JsonValueKind.Null: return true;
            case JsonValueKind.Object: map = value; return true;
            default: error = $"The \"{name}\" parameter must be a map."; return false;
        }
    }

    private static bool TryParseMap(string text, string name, out JsonElement? map, out string? error)
    {
        map = null;
        error = null;
        if (text.Length == 0)
        {
            return true;
        }
        try
        {
            using var document = JsonDocument.Parse(text);
            return TryMap(document.RootElement.Clone(), name, out map, out error);
        }
        catch (JsonException)
        {
            error = $"The \"{name}\" parameter must be URL-encoded JSON.";
            return false;
        }
    }
}
