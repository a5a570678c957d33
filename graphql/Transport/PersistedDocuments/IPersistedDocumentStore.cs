namespace DebtHub.GraphQL.Transport.PersistedDocuments;

/// <summary>A read-only set of trusted documents (persisted operations), keyed by id (usually their sha256 hex).</summary>
public interface IPersistedDocumentStore
{
    ValueTask<string?> TryGetAsync(string documentId, CancellationToken cancellationToken);
}
