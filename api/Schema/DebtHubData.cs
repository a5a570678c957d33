using DebtHub.Api.Schema.Accounts;
using DebtHub.Api.Security;
using DebtHub.Domain.Accounts;
using DebtHub.Domain.Audit;
using DebtHub.Domain.Collectors;
using DebtHub.Domain.Contact;
using DebtHub.Domain.Creditors;
using DebtHub.Domain.Debtors;
using DebtHub.Domain.Resolutions.Plans;
using DebtHub.GraphQL.Data;
using DebtHub.GraphQL.Execution.Errors;
using DebtHub.GraphQL.Types;
using DebtHub.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DebtHub.Api.Schema;

/// <summary>
/// Which GraphQL types read from which entities, for paging, filtering, sorting and projection (graphql/Data): a list or
/// node query reads only the selected columns, related objects and short lists in the same SQL. Fields with their own
/// resolvers (loaders) are ignored here and get the values they need through <c>Requires</c>.
/// </summary>
internal static class DebtHubData
{
    public static DataModel Model() => new DataModel()
        .Object<Account>("Account", account => account
            .Key(a => a.Id)
            .Field("balance", a => a.PrincipalBalance + a.InterestBalance + a.FeeBalance)
            .Field("onHold", a => a.Holds.Any(h => h.LiftedAt == null))
            .Field("holds", a => a.Holds.OrderBy(h => h.PlacedAt), f => f
                .Where<AccountHold>(args => args.GetValueOrDefault("activeOnly") is true ? h => h.LiftedAt == null : null))
            // References load through batch loaders: EF Core turns FirstOrDefault over an unrelated set into a
            // ROW_NUMBER() window over the whole table (80 ms on 100,000 debtors), a keyed batch takes about 1 ms.
            .Ignore("debtor").Ignore("creditor").Ignore("portfolio").Ignore("assignedCollector")
            .Field("creditorId", a => a.CreditorId)
            .Field("portfolioId", a => a.PortfolioId)
            .Field("assignedCollectorId", a => a.AssignedCollectorId)
            .Field("contactAttempts", (a, q) => q.Set<ContactAttempt>().Where(c => c.AccountIds.Contains(a.Id)).OrderByDescending(c => c.PlacedAt),
                f => f.Limit("last"))
            // In the account's own query, so the account screen's active plan costs no round trip of its own.
            .Field("paymentPlans", (a, q) => q.Set<PaymentPlan>().Where(p => p.AccountId == a.Id).OrderByDescending(p => p.ProposedAt), f => f
                .Where<PaymentPlan>(args => args.GetValueOrDefault("openOnly") is true
                    ? p => p.Status == PlanStatus.PendingApproval || p.Status == PlanStatus.Active
                    : null))
            .Ignore("daysDelinquent").Ignore("balances").Ignore("ledgerSummary").Ignore("transactions").Ignore("notes")
            .Ignore("nextEligibleContactAt")
            .Ignore("settlements").Ignore("promises").Ignore("disputes").Ignore("complaints").Ignore("legalReferrals")
            .Ignore("validationNotice").Ignore("letter")
            .Requires(AccountData.Key, a => a.Id)
            .Requires(AccountData.DebtorKey, a => a.DebtorId)
            .Requires(AccountData.CreditorKey, a => a.CreditorId)
            .Requires(AccountData.PortfolioKey, a => a.PortfolioId)
            .Requires(AccountData.CollectorKey, a => a.AssignedCollectorId)
            .Requires(AccountData.DelinquencyDate, a => a.DelinquencyDate)
            .Requires(AccountData.Principal, a => a.PrincipalBalance)
            .Requires(AccountData.Interest, a => a.InterestBalance)
            .Requires(AccountData.Fees, a => a.FeeBalance)
            .NodeSource(context => VisibleAccounts(context)))
        .Object<AccountHold>("AccountHold", hold => hold.Key(h => h.Id).Field("isActive", h => h.LiftedAt == null))
        .Object<ContactAttempt>("ContactAttempt", attempt => attempt.Key(c => c.Id))
        .Object<PaymentPlan>("PaymentPlan", plan => plan.Key(p => p.Id).Field("installments", p => p.Installments.OrderBy(i => i.Sequence)))
        .Object<PlanInstallment>("PlanInstallment", installment => installment.Key(i => i.Id))
        .Object<Debtor>("Debtor", debtor => debtor
            .Key(d => d.Id)
            .Field("displayName", d => d.Kind == DebtorKind.Business
                ? d.BusinessName ?? ""
                : (d.FirstName ?? "") + (d.MiddleName == null ? "" : " " + d.MiddleName) + " " + (d.LastName ?? ""))
            .Field("phones", d => d.Phones.OrderBy(p => p.AddedAt).ThenBy(p => p.Number))
            .Field("addresses", d => d.Addresses.OrderBy(a => a.FirstSeenAt))
            .Field("emails", d => d.Emails.OrderBy(e => e.AddedAt))
            .Ignore("ssn").Ignore("accounts").Ignore("notes")
            .Requires(DebtorData.Key, d => d.Id)
            .Requires(DebtorData.SsnLastFour, d => d.SsnLastFour)
            .Requires(DebtorData.SsnCipher, d => d.SsnCipher)
            .NodeSource(context => VisibleDebtors(context)))
        .Object<DeceasedNotice>("DeceasedNotice")
        .Object<BankruptcyFiling>("BankruptcyFiling")
        .Object<MilitaryStatus>("MilitaryStatus")
        .Object<DebtorPhone>("Phone", phone => phone
            .Key(p => p.Id)
            .Field("isDialable", p => (p.Status == PhoneStatus.Unverified || p.Status == PhoneStatus.Valid) && p.DoNotCallSince == null)
            .Field("consents", p => p.Consents.OrderBy(c => c.ObtainedAt)))
        .Object<PhoneConsent>("PhoneConsent", consent => consent.Key(c => c.Id).Field("isActive", c => c.RevokedAt == null))
        .Object<DebtorAddress>("Address", address => address.Key(a => a.Id))
        .Object<DebtorEmail>("Email", email => email.Key(e => e.Id))
        .Object<Creditor>("Creditor", creditor => creditor
            .Key(c => c.Id)
            .Field("settlementFloorPercent", c => (double)c.Rules.SettlementFloorPercent)
            .Field("minimumInstallment", c => (double)c.Rules.MinimumInstallment)
            .Field("maximumPlanTermMonths", c => c.Rules.MaximumPlanTermMonths)
            .NodeSource(context => Db(context).Creditors.AsNoTracking()))
        .Object<Portfolio>("Portfolio", portfolio => portfolio
            .Key(p => p.Id)
            .Field("creditor", (p, q) => q.Set<Creditor>().FirstOrDefault(c => c.Id == p.CreditorId))
            .NodeSource(context => Db(context).Portfolios.AsNoTracking().AsSingleQuery()))
        .Object<Collector>("Collector", collector => collector
            .Key(c => c.Id)
            .Field("team", (c, q) => q.Set<Team>().FirstOrDefault(t => t.Id == c.TeamId))
            .NodeSource(context => Db(context).Collectors.AsNoTracking().AsSingleQuery()))
        .Object<Team>("Team", team => team
            .Key(t => t.Id)
            .Field("supervisor", (t, q) => q.Set<Collector>().FirstOrDefault(c => c.Id == t.SupervisorId))
            .Field("members", (t, q) => q.Set<Collector>().Where(c => c.TeamId == t.Id).OrderBy(c => c.DisplayName))
            .NodeSource(context => Db(context).Teams.AsNoTracking().AsSingleQuery()))
        .Object<AuditEntry>("AuditEntry", entry => entry.Key(e => e.Id))
        .Connection<Account>("Query.accounts", AccountsList, options =>
        {
            options.Description = "Accounts the caller may see (a collector: their own and their team's), filtered, sorted and paged.";
            options.MaxPageSize = 100;
            options.Arguments = "\"Only accounts at least this many days past their delinquency date.\" minDaysDelinquent: Int "
                + "\"Only accounts at most this many days past their delinquency date.\" maxDaysDelinquent: Int";
        })
        .Connection<Debtor>("Query.debtors", context => VisibleDebtors(context), options =>
        {
            options.Description = "Debtors with at least one account the caller may see.";
            options.MaxPageSize = 100;
        })
        .Connection<Portfolio>("Query.portfolios", context => Signed(context, Db(context).Portfolios.AsNoTracking().AsSingleQuery()),
            options => options.Description = "Portfolios of every creditor.")
        .Connection<Collector>("Query.collectors", context => Signed(context, Db(context).Collectors.AsNoTracking().AsSingleQuery()),
            options => options.Description = "Collectors, supervisors and admins.")
        .Connection<Team>("Query.teams", context => Signed(context, Db(context).Teams.AsNoTracking().AsSingleQuery()),
            options => options.Description = "Teams of collectors.")
        .Connection<AuditEntry>("Query.auditTrail", AuditTrail, options =>
        {
            options.Description = "The audit log: every mutation and every read of personal data (supervisors and admins).";
            options.MaxPageSize = 200;
        })
        .GlobalObjectIdentification();

    private static DebtHubDbContext Db(IResolverContext context) => context.Services.GetRequiredService<DebtHubDbContext>();

    private static CurrentUser User(IResolverContext context) => CurrentUser.From(context.User)
        ?? throw new GraphQLException("The current user is not authorized to access this resource.",
            context.User?.Identity?.IsAuthenticated == true ? ErrorCodes.NotAuthorized : ErrorCodes.NotAuthenticated);

    private static IQueryable<T> Signed<T>(IResolverContext context, IQueryable<T> source)
    {
        _ = User(context);
        return source;
    }

    private static IQueryable<Account> VisibleAccounts(IResolverContext context)
    {
        var db = Db(context);
        return db.Accounts.AsNoTracking().AsSingleQuery().VisibleTo(db, User(context));
    }

    private static IQueryable<Debtor> VisibleDebtors(IResolverContext context)
    {
        var db = Db(context);
        return db.Debtors.AsNoTracking().AsSingleQuery().VisibleTo(db, User(context));
    }

    /// <summary>Days delinquent become a date bound, so the filter runs on the column (today from the clock, in UTC).</summary>
    private static IQueryable<Account> AccountsList(IResolverContext context)
    {
        var accounts = VisibleAccounts(context);
        var today = DateOnly.FromDateTime(context.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);
        if (context.GetArgument<int?>("minDaysDelinquent") is { } min)
        {
            var latest = today.AddDays(-min);
            accounts = accounts.Where(a => a.DelinquencyDate <= latest);
        }

        if (context.GetArgument<int?>("maxDaysDelinquent") is { } max)
        {
            var earliest = today.AddDays(-max);
            accounts = accounts.Where(a => a.DelinquencyDate >= earliest);
        }

        return accounts;
    }

    private static IQueryable<AuditEntry> AuditTrail(IResolverContext context)
    {
        if (!User(context).IsSupervisorOrAdmin)
        {
            throw new GraphQLException("The current user is not authorized to access this resource.", ErrorCodes.NotAuthorized);
        }

        return Db(context).AuditEntries.AsNoTracking();
    }
}

/// <summary>The names of the values account fields with their own resolvers read from a projected row.</summary>
internal static class AccountData
{
    public const string Key = "_accountId";
    public const string DebtorKey = "_debtorId";
    public const string CreditorKey = "_creditorId";
    public const string PortfolioKey = "_portfolioId";
    public const string CollectorKey = "_collectorId";
    public const string DelinquencyDate = "_delinquencyDate";
    public const string Principal = "_principal";
    public const string Interest = "_interest";
    public const string Fees = "_fees";

    /// <summary>
    /// One object by key through the node loader of <paramref name="typeName"/>: one projected query with the caller's
    /// visibility, the field's own selection deciding the columns; null when absent or not visible.
    /// </summary>
    public static async ValueTask<object?> LoadNodeAsync(IResolverContext context, string typeName, Guid id)
    {
        var node = context.Schema.Query.Fields.First(f => f.Name == "node");
        return await node.Resolver!(new NodeContext(context, NodeIds.Format(typeName, id)));
    }

    /// <summary>The context of a single-object field, presented to the node resolver as if it were <c>node(id:)</c>.</summary>
    private sealed class NodeContext(IResolverContext inner, string id) : IResolverContext
    {
        private readonly Dictionary<string, object?> _arguments = new(StringComparer.Ordinal) { ["id"] = id };

        public object? Parent => inner.Parent;

        public IReadOnlyDictionary<string, object?> Arguments => _arguments;

        public IServiceProvider Services => inner.Services;

        public CancellationToken CancellationToken => inner.CancellationToken;

        public IReadOnlyList<object> Path => inner.Path;

        public GraphQL.Types.Schema Schema => inner.Schema;

        public ObjectType ParentType => inner.ParentType;

        public FieldDefinition Field => inner.Field;

        public GraphQL.Language.Ast.FieldNode Selection => inner.Selection;

        public System.Security.Claims.ClaimsPrincipal? User => inner.User;

        public T GetArgument<T>(string name) => name == "id" ? (T)(object)id : default!;
    }
}

/// <summary>The names of the values debtor fields with their own resolvers read from a projected row.</summary>
internal static class DebtorData
{
    public const string Key = "_debtorKey";
    public const string SsnLastFour = "_ssnLastFour";
    public const string SsnCipher = "_ssnCipher";
}

/// <summary>Entity sets for mapped relations without navigations (scoped: the request's DbContext).</summary>
internal sealed class EfQuerySource(DebtHubDbContext db) : IQuerySource
{
    public IQueryable<T> Set<T>()
        where T : class => db.Set<T>().AsNoTracking();
}
