using DebtHub.Api.Security;
using DebtHub.Domain.Accounts;
using DebtHub.Domain.Debtors;
using DebtHub.Infrastructure.Persistence;

namespace DebtHub.Api.Schema.Accounts;

/// <summary>
/// Who may see which accounts, as a filter every account query composes, so the rule holds in SQL whatever the client
/// asks: collectors see accounts assigned to them or to a collector of their team, and the account of a call the dialer
/// routed to them until they record its outcome (the screen pop); every other role sees all.
/// </summary>
internal static class AccountVisibility
{
    public static IQueryable<Account> VisibleTo(this IQueryable<Account> accounts, DebtHubDbContext db, CurrentUser user)
    {
        if (user.SeesEveryAccount)
        {
            return accounts;
        }

        var name = user.UserName;
        var me = db.Collectors.Where(c => c.UserName == name);
        return accounts.Where(a => db.Collectors.Any(assignee => assignee.Id == a.AssignedCollectorId
            && (assignee.UserName == name || (assignee.TeamId != null && me.Any(m => m.TeamId == assignee.TeamId))))
            || db.DialerCalls.Any(call => call.AccountId == a.Id && call.DispositionedAt == null && me.Any(m => m.Id == call.CollectorId)));
    }

    /// <summary>Debtors with at least one account visible to <paramref name="user"/> (the same rule, spelled out for SQL).</summary>
    public static IQueryable<Debtor> VisibleTo(this IQueryable<Debtor> debtors, DebtHubDbContext db, CurrentUser user)
    {
        if (user.SeesEveryAccount)
        {
            return debtors;
        }

        var name = user.UserName;
        var me = db.Collectors.Where(c => c.UserName == name);
        return debtors.Where(d => db.Accounts.Any(a => a.DebtorId == d.Id && db.Collectors.Any(assignee => assignee.Id == a.AssignedCollectorId
            && (assignee.UserName == name || (assignee.TeamId != null && me.Any(m => m.TeamId == assignee.TeamId))))));
    }
}
