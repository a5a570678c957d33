using DebtHub.GraphQL.Execution.DataLoader;
using DebtHub.Infrastructure.Letters;

namespace DebtHub.Api.Schema.Letters;

/// <summary>
/// The request's loader for what letters are composed from: a page of accounts asking for their validation notice or a
/// letter loads every account, debtor and ledger of the batch in three queries (plans come from the resolution loaders).
/// </summary>
internal sealed class LetterLoaders(Loading loading)
{
    public BatchDataLoader<Guid, LetterSource> Sources { get; } = new(loading.Scheduler, async (ids, cancellationToken) =>
    {
        await using var db = await loading.ContextAsync(cancellationToken);
        return await LetterService.LoadSourcesAsync(db, ids, cancellationToken);
    });
}
