using System.Collections.Frozen;

namespace DebtHub.GraphQL.Transport.PersistedDocuments;

/// <summary>Trusted documents known at start-up (e.g. a client build's manifest), keyed by id.</summary>
public sealed class DictionaryPersistedDocumentStore(IReadOnlyDictionary<string, string> documents) : IPersistedDocumentStore
{
    private readonly FrozenDictionary<string, string> _documents = documents.ToFrozenDictionary(StringComparer.Ordinal);

    public ValueTask<string?> TryGetAsync(string documentId, CancellationToken cancellationToken)
        => ValueTask.FromResult(_documents.TryGetValue(documentId, out var text) ? text : null);
}
