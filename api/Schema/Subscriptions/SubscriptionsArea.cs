using DebtHub.Api.Schema.Accounts;
using DebtHub.Api.Security;
using DebtHub.Domain.Accounts;
using DebtHub.GraphQL.Execution.Errors;
using DebtHub.GraphQL.Types;
using DebtHub.Infrastructure.Events;
using Microsoft.EntityFrameworkCore;

namespace DebtHub.Api.Schema.Subscriptions;

/// <summary>
/// Live events over graphql-transport-ws, carried by Redis pub/sub so they reach subscribers on any API instance.
/// Events carry ids; the account is read again for each event under the subscriber's own permissions.
/// </summary>
internal static class SubscriptionsArea
{
    private const string Sdl = """
        type Subscription {
          "Each saved change to one account the caller may see (payments, holds, notes, assignment...)."
          accountChanged(accountId: ID!): AccountChangedEvent! @authorize
          "The signed-in collector's own events: calls the dialer routes to them, accounts assigned to them."
          myEvents: CollectorEvent! @authorize(roles: ["collector", "supervisor", "admin"])
        }

        type AccountChangedEvent {
          accountId: ID!
          change: AccountChange!
          at: DateTime!
          "Who made the change (a user name or a system)."
          actor: String
          "The account as it is now; null if the caller may no longer see it."
          account: Account
        }

        type CollectorEvent {
          kind: CollectorEventKind!
          at: DateTime!
          "The account to open (a routed call, an assignment)."
          account: Account
          "The Twilio call, for a routed call."
          callSid: String
        }

        enum AccountChange { UPDATED PLACED ASSIGNED STATUS_CHANGED PAYMENT_POSTED PAYMENT_REVERSED BALANCE_ADJUSTED HOLD_PLACED HOLD_LIFTED NOTE_ADDED CONTACT_RECORDED DEBTOR_UPDATED }
        enum CollectorEventKind { CALL_ROUTED CALL_ENDED ACCOUNT_ASSIGNED CALLBACK_DUE }
        """;

    public static SchemaBuilder AddSubscriptions(this SchemaBuilder schema) => schema
        .AddSdl(Sdl)
        .BindEnum<AccountChange>("AccountChange")
        .BindEnum<CollectorEventKind>("CollectorEventKind")
        .BindSubscription("Subscription.accountChanged", AccountChangedAsync)
        .BindSubscription("Subscription.myEvents", MyEventsAsync)
        .Bind("Subscription.accountChanged", (FieldResolver)(c => new(c.Parent)))
        .Bind("Subscription.myEvents", (FieldResolver)(c => new(c.Parent)))
        .Bind("AccountChangedEvent.accountId", (FieldResolver)(c => new(NodeIds.Format("Account", c.ParentAs<AccountChanged>().AccountId))))
        .Bind("AccountChangedEvent.account", (FieldResolver)(c => VisibleAccountAsync(c, c.ParentAs<AccountChanged>().AccountId)))
        .Bind("CollectorEvent.account", (FieldResolver)(c => c.ParentAs<CollectorEvent>().AccountId is { } id ? VisibleAccountAsync(c, id) : new((object?)null)));

    private static async ValueTask<IAsyncEnumerable<object?>> AccountChangedAsync(IResolverContext context)
    {
        var accountId = NodeIds.Parse(context.GetArgument<string>("accountId"), "Account");
        var user = context.CurrentUser();
        await using (var db = await context.DbAsync())
        {
            if (!await db.Accounts.Where(a => a.Id == accountId).VisibleTo(db, user).AnyAsync(context.CancellationToken))
            {
                // The same answer for "no such account" and "not yours": ids do not leak what exists.
                throw new GraphQLException("No account with this id is visible to you.", "NOT_FOUND");
            }
        }

        return await context.Service<EventBus>().SubscribeAsync(new AccountSubscription(accountId), context.CancellationToken);
    }

    private static async ValueTask<IAsyncEnumerable<object?>> MyEventsAsync(IResolverContext context)
    {
        var user = context.CurrentUser();
        Guid collectorId;
        await using (var db = await context.DbAsync())
        {
            collectorId = await db.Collectors.Where(c => c.UserName == user.UserName).Select(c => c.Id).FirstOrDefaultAsync(context.CancellationToken);
        }

        if (collectorId == Guid.Empty)
        {
            throw new GraphQLException("Only a user with a collector record has events.", "NOT_A_COLLECTOR");
        }

        return await context.Service<EventBus>().SubscribeAsync(new CollectorSubscription(collectorId), context.CancellationToken);
    }

    private static async ValueTask<object?> VisibleAccountAsync(IResolverContext context, Guid accountId)
    {
        var user = context.CurrentUser();
        await using var db = await context.DbAsync();
        return await db.Accounts.AsNoTracking().AsSingleQuery().Include(a => a.Holds)
            .Where(a => a.Id == accountId).VisibleTo(db, user)
            .FirstOrDefaultAsync(context.CancellationToken);
    }
}
