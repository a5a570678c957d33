using Microsoft.Net.Http.Headers;

namespace DebtHub.GraphQL.Transport.Http;

/// <summary>Content negotiation of GraphQL over HTTP: which of the two response media types a client accepts.</summary>
internal static class MediaTypes
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";

    /// <summary>
    /// The first acceptable type in the client's order; <c>*/*</c>, <c>application/*</c> or no Accept header mean
    /// application/json (the graphql-http audits 47DE and 80D8); null when neither is acceptable (406).
    /// </summary>
    public static string? Negotiate(IList<string?> acceptHeaders)
    {
        if (acceptHeaders.Count == 0)
        {
            return Json;
        }
        if (!MediaTypeHeaderValue.TryParseList(acceptHeaders.OfType<string>().ToList(), out var ranges) || ranges.Count == 0)
        {
            return Json;
        }
        foreach (var range in ranges.OrderByDescending(r => r.Quality ?? 1.0))
        {
            if (range.Quality == 0)
            {
                continue;
            }
            var type = range.MediaType.Value;
            if (string.Equals(type, GraphQLResponse, StringComparison.OrdinalIgnoreCase))
            {
                return GraphQLResponse;
            }
            if (string.Equals(type, Json, StringComparison.OrdinalIgnoreCase) || type is "*/*" or "application/*")
            {
                return Json;
            }
        }
        return null;
    }

    public static bool AcceptsHtml(IList<string?> acceptHeaders)
        => acceptHeaders.Any(h => h is not null && h.Contains("text/html", StringComparison.OrdinalIgnoreCase));

    public static bool IsJsonContent(string? contentType)
    {
        if (contentType is null || !MediaTypeHeaderValue.TryParse(contentType, out var parsed))
        {
            return false;
        }
        var charset = parsed.Charset.Value;
        return string.Equals(parsed.MediaType.Value, Json, StringComparison.OrdinalIgnoreCase)
            && (charset is null || string.Equals(charset, "utf-8", StringComparison.OrdinalIgnoreCase));
    }
}
