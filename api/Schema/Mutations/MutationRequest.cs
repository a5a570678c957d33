using System.Text.Json;
using DebtHub.Api.Schema.Accounts;
using DebtHub.Api.Security;
using DebtHub.Domain.Accounts;
using DebtHub.Domain.Audit;
using DebtHub.GraphQL.Conventions;
using DebtHub.Infrastructure.Events;
using DebtHub.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DebtHub.Api.Schema.Mutations;

/// <summary>
/// One running mutation: its input, a unit of work of its own, who acts, and when. A handler validates, loads, changes
/// aggregates, then calls <see cref="SaveAsync"/> once: the changes and the audit entry commit together or not at all.
/// </summary>
internal sealed class MutationRequest(
    InputReader input, DebtHubDbContext db, CurrentUser? user, DateTimeOffset now, IServiceProvider services, CancellationToken cancellationToken)
{
    private readonly List<AccountChanged> _accountEvents = [];
    private readonly List<CollectorEvent> _collectorEvents = [];

    public InputReader Input => input;

    public DebtHubDbContext Db => db;

    public CurrentUser? User => user;

    /// <summary>The name the audit trail and the ledger record for this user.</summary>
    public string Actor => user?.UserName ?? "anonymous";

    public DateTimeOffset Now => now;

    public DateOnly Today => DateOnly.FromDateTime(now.UtcDateTime);

    public IServiceProvider Services => services;

    public CancellationToken CancellationToken => cancellationToken;

    /// <summary>The events to publish once the change is saved.</summary>
    public IReadOnlyList<AccountChanged> AccountEvents => _accountEvents;

    public IReadOnlyList<CollectorEvent> CollectorEvents => _collectorEvents;

    /// <summary>The answer when the input (or a later check) failed.</summary>
    public MutationResult Failure() => MutationResult.Failure(input.Errors);

    /// <summary>Stops the mutation with the errors collected so far.</summary>
    public MutationErrorException Stop() => new(input.Errors);

    /// <summary>Records who did what to which record; <paramref name="fields"/> are names of fields, never their values.</summary>
    public void Audit(string action, string entityType, Guid entityId, IEnumerable<string>? fields = null, IReadOnlyDictionary<string, Guid>? ids = null) =>
        db.AuditEntries.Add(AuditEntry(action, entityType, entityId, fields, ids));

    public AuditEntry AuditEntry(string action, string entityType, Guid entityId, IEnumerable<string>? fields = null, IReadOnlyDictionary<string, Guid>? ids = null)
    {
        var details = new Dictionary<string, object>();
        if (fields?.ToArray() is { Length: > 0 } names)
        {
            details["fields"] = names;
        }

        foreach (var (name, id) in ids ?? new Dictionary<string, Guid>())
        {
            details[name] = id;
        }

        return Domain.Audit.AuditEntry.Record(Actor, user?.Role, action, entityType, entityId,
            details.Count == 0 ? null : JsonSerializer.Serialize(details), now);
    }

    /// <summary>Tells the account's subscribers, once the change is saved, what changed.</summary>
    public void AccountChanged(Guid accountId, AccountChange change) =>
        _accountEvents.Add(new AccountChanged(accountId, change, now, Actor));

    /// <summary>Tells the screens of every account of the debtor that the debtor changed (phones, addresses, name).</summary>
    public async Task DebtorChangedAsync(Guid debtorId)
    {
        var accounts = await db.Accounts.Where(a => a.DebtorId == debtorId).Select(a => a.Id).ToListAsync(cancellationToken);
        foreach (var accountId in accounts)
        {
            AccountChanged(accountId, AccountChange.DebtorUpdated);
        }
    }

    /// <summary>Tells a collector's open screens, once the change is saved.</summary>
    public void NotifyCollector(CollectorEvent collectorEvent) => _collectorEvents.Add(collectorEvent);

    public Task SaveAsync() => db.SaveChangesAsync(cancellationToken);

    /// <summary>
    /// The account (holds included) named by <paramref name="field"/>; a NotFoundError when there is none or when a
    /// collector may not see it (so ids of other teams' accounts reveal nothing).
    /// </summary>
    public async Task<Account> AccountAsync(Guid id, string field, bool tracked = true)
    {
        var query = tracked ? db.Accounts : db.Accounts.AsNoTracking();
        var account = await query.Include(a => a.Holds).FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (account is null || !await MayTouchAsync(db.Accounts.Where(a => a.Id == id)))
        {
            input.NotFound(field, "Account", id);
            throw Stop();
        }

        return account;
    }

    /// <summary>
    /// The debtor a record about an account (<paramref name="accountId"/>) or a debtor as a whole belongs to, with the
    /// caller's visibility applied; when both are given they must agree.
    /// </summary>
    public async Task<Guid> DebtorOfAsync(Guid? accountId, Guid? debtorId)
    {
        if (accountId is { } id)
        {
            var account = await AccountAsync(id, "accountId", tracked: false);
            if (debtorId is { } given && given != account.DebtorId)
            {
                input.Fail(new InvalidValueError("The account belongs to another debtor.", input.Path("debtorId"), "ACCOUNT_OF_ANOTHER_DEBTOR"));
                throw Stop();
            }

            return account.DebtorId;
        }

        var debtor = debtorId!.Value;
        if (!await db.Debtors.AnyAsync(d => d.Id == debtor, cancellationToken))
        {
            input.NotFound("debtorId", "Debtor", debtor);
            throw Stop();
        }

        await RequireDebtorAccessAsync(debtor, "debtorId");
        return debtor;
    }

    /// <summary>Collectors may change a debtor only through an account of theirs or their team's.</summary>
    public async Task RequireDebtorAccessAsync(Guid debtorId, string field)
    {
        if (!await MayTouchAsync(db.Accounts.Where(a => a.DebtorId == debtorId)))
        {
            input.NotFound(field, "Debtor", debtorId);
            throw Stop();
        }
    }

    private async Task<bool> MayTouchAsync(IQueryable<Account> accounts) =>
        user is null || user.SeesEveryAccount || await accounts.VisibleTo(db, user).AnyAsync(cancellationToken);
}
