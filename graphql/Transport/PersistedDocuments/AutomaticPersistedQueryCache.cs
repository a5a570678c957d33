using System.Collections.Concurrent;

namespace DebtHub.GraphQL.Transport.PersistedDocuments;

/// <summary>
/// Documents registered by automatic persisted queries, keyed by sha256 hex. Bounded: when full, new documents are not
/// remembered (clients then resend the text, which the protocol already handles).
/// </summary>
internal sealed class AutomaticPersistedQueryCache(int capacity)
{
    private readonly ConcurrentDictionary<string, string> _documents = new(StringComparer.Ordinal);

    public bool TryGet(string hash, out string? text) => _documents.TryGetValue(hash, out text);

    public void Add(string hash, string text)
    {
        if (_documents.Count < capacity)
        {
            _documents.TryAdd(hash, text);
        }
    }
}
