using System.Text.Json;
using DebtHub.GraphQL.Transport.PersistedDocuments;
using Microsoft.AspNetCore.Http;

namespace DebtHub.GraphQL.Transport;

/// <summary>What one <c>MapGraphQL</c> endpoint serves besides POST: GET queries, the SDL, the IDE, persisted documents.</summary>
public sealed class GraphQLEndpointOptions
{
    /// <summary>Serve queries (never mutations) sent as GET with URL parameters.</summary>
    public bool EnableGetRequests { get; set; } = true;

    /// <summary>Serve the in-browser IDE to a browser's GET (one that accepts text/html and sends no query).</summary>
    public bool EnableIde { get; set; } = true;

    /// <summary>Serve the schema as SDL at <c>GET {path}?sdl</c>.</summary>
    public bool EnableSchemaRequest { get; set; } = true;

    /// <summary>Trusted documents, looked up by <c>documentId</c> or <c>extensions.persistedQuery.sha256Hash</c>.</summary>
    public IPersistedDocumentStore? TrustedDocuments { get; set; }

    /// <summary>Refuse document text: only trusted documents run (a production lock-down).</summary>
    public bool OnlyTrustedDocuments { get; set; }

    /// <summary>Apollo-style automatic persisted queries: a client may send only the sha256 of a document it sent before.</summary>
    public bool EnableAutomaticPersistedQueries { get; set; } = true;

    /// <summary>How many documents automatic persisted queries remember per server.</summary>
    public int AutomaticPersistedQueryCapacity { get; set; } = 1000;

    /// <summary>graphql-transport-ws: a socket that sends no <c>connection_init</c> in this time is closed with 4408.</summary>
    public TimeSpan ConnectionInitTimeout { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>
    /// graphql-transport-ws: decides whether a <c>connection_init</c> (with its payload) is accepted; false closes the
    /// socket with 4403 Forbidden. Null accepts every connection.
    /// </summary>
    public Func<HttpContext, JsonElement?, ValueTask<bool>>? OnConnect { get; set; }
}
