using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using DebtHub.GraphQL.Execution.Errors;

namespace DebtHub.GraphQL.Transport.PersistedDocuments;

/// <summary>
/// Turns a request's document reference into document text: the text itself, a trusted document by
/// <c>documentId</c> (or by hash), or an automatic persisted query (<c>extensions.persistedQuery.sha256Hash</c>).
/// </summary>
internal sealed class PersistedDocumentResolver(GraphQLEndpointOptions options)
{
    private readonly AutomaticPersistedQueryCache _apq = new(options.AutomaticPersistedQueryCapacity);

    /// <summary>The document text, or an error that answers the request (with whether it is a malformed request).</summary>
    public async ValueTask<(string? Text, GraphQLError? Error, bool BadRequest)> ResolveAsync(
        string? query, string? documentId, JsonElement? extensions, CancellationToken cancellationToken)
    {
        var hash = ReadApqHash(extensions);
        if (query is not null)
        {
            if (options.OnlyTrustedDocuments)
            {
                return (null, GraphQLError.WithCode("Only trusted documents may be executed on this server.", ErrorCodes.TrustedDocumentRequired), false);
            }
            if (hash is not null && options.EnableAutomaticPersistedQueries)
            {
                if (!string.Equals(Sha256Hex(query), hash, StringComparison.OrdinalIgnoreCase))
                {
                    return (null, GraphQLError.WithCode("provided sha does not match query", ErrorCodes.PersistedQueryHashMismatch), false);
                }
                _apq.Add(hash.ToLowerInvariant(), query);
            }
            return (query, null, false);
        }
        var id = documentId ?? hash;
        if (id is null)
        {
            return (null, GraphQLError.WithCode("Missing query.", ErrorCodes.BadRequest), true);
        }
        if (options.TrustedDocuments is { } store)
        {
            var trusted = await store.TryGetAsync(id, cancellationToken)
                ?? (id.StartsWith("sha256:", StringComparison.Ordinal) ? await store.TryGetAsync(id[7..], cancellationToken) : null);
            if (trusted is not null)
            {
                return (trusted, null, false);
            }
        }
        if (hash is not null)
        {
            if (!options.EnableAutomaticPersistedQueries)
            {
                return (null, GraphQLError.WithCode("PersistedQueryNotSupported", ErrorCodes.PersistedQueryNotSupported), false);
            }
            if (_apq.TryGet(hash.ToLowerInvariant(), out var text))
            {
                return (text, null, false);
            }
            // Apollo clients look for exactly this message, then resend the document with its hash.
            return (null, GraphQLError.WithCode("PersistedQueryNotFound", ErrorCodes.PersistedQueryNotFound), false);
        }
        return (null, GraphQLError.WithCode($"The persisted document \"{documentId}\" is not known.", ErrorCodes.PersistedQueryNotFound), false);
    }

    internal static string Sha256Hex(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private static string? ReadApqHash(JsonElement? extensions)
    {
        if (extensions is { ValueKind: JsonValueKind.Object } ext
            && ext.TryGetProperty("persistedQuery", out var persisted)
            && persisted.ValueKind == JsonValueKind.Object
            && persisted.TryGetProperty("sha256Hash", out var hash)
            && hash.ValueKind == JsonValueKind.String)
        {
            return hash.GetString();
        }
        return null;
    }
}
