using DebtHub.Api.Schema.Mutations;
using DebtHub.Api.Security;
using DebtHub.Domain.Accounts;
using DebtHub.Domain.Collectors;
using DebtHub.Domain.Resolutions;
using DebtHub.GraphQL.Conventions;
using DebtHub.Infrastructure.Events;
using Microsoft.EntityFrameworkCore;

namespace DebtHub.Api.Schema.Resolutions;

/// <summary>What the resolution mutations share: who acts (as the domain sees them) and the account behind a record.</summary>
internal static class ResolutionRequests
{
    public static Actor Actor(this MutationRequest request) => new(request.Actor, request.User?.Role switch
    {
        Roles.Supervisor => CollectorRole.Supervisor,
        Roles.Admin => CollectorRole.Admin,
        _ => CollectorRole.Collector,
    });

    /// <summary>
    /// The account a plan, promise, dispute or referral belongs to, tracked, with the caller's visibility applied: a record
    /// on an account the caller may not see answers NotFoundError on <paramref name="field"/>, as an unknown id does.
    /// </summary>
    public static async Task<Account> OwningAccountAsync<T>(this MutationRequest request, IQueryable<T> records, Func<T, Guid> accountOf, Guid id, string field, string typeName)
        where T : class
    {
        var record = await records.FirstOrDefaultAsync(request.CancellationToken);
        if (record is null)
        {
            request.Input.NotFound(field, typeName, id);
            throw request.Stop();
        }

        try
        {
            return await request.AccountAsync(accountOf(record), field);
        }
        catch (MutationErrorException)
        {
            // Report the record's id, not the account's, so nothing about the account leaks.
            throw new MutationErrorException([new NotFoundError($"No {typeName.ToLowerInvariant()} has the id \"{id}\".", request.Input.Path(field), id.ToString())]);
        }
    }

    /// <summary>Audits the change and tells the account's screens, once saved.</summary>
    public static void Changed(this MutationRequest request, string action, string entityType, Guid entityId, Guid accountId)
    {
        request.Audit(action, entityType, entityId, ids: new Dictionary<string, Guid> { ["accountId"] = accountId });
        request.AccountChanged(accountId, AccountChange.Updated);
    }
}
