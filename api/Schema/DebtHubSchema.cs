using DebtHub.Api.Schema.Accounts;
using DebtHub.Api.Schema.Audit;
using DebtHub.Api.Schema.Campaigns;
using DebtHub.Api.Schema.Collectors;
using DebtHub.Api.Schema.Compliance;
using DebtHub.Api.Schema.Contact;
using DebtHub.Api.Schema.Creditors;
using DebtHub.Api.Schema.Debtors;
using DebtHub.Api.Schema.Dialer;
using DebtHub.Api.Schema.Mutations;
using DebtHub.Api.Schema.Letters;
using DebtHub.Api.Schema.Notes;
using DebtHub.Api.Schema.Portfolios;
using DebtHub.Api.Schema.Reports;
using DebtHub.Api.Schema.Resolutions;
using DebtHub.Api.Schema.Scalars;
using DebtHub.Api.Schema.SkipTracing;
using DebtHub.Api.Schema.Voice;
using DebtHub.Api.Schema.Subscriptions;
using DebtHub.Api.Schema.WorkQueue;
using DebtHub.GraphQL.Authorization;
using DebtHub.GraphQL.Data;
using DebtHub.GraphQL.Types;

namespace DebtHub.Api.Schema;

/// <summary>
/// DebtHub's GraphQL schema, composed from one area per folder: each area adds its SDL (extending the root types)
/// and binds its resolvers.
/// </summary>
internal static class DebtHubSchema
{
    private const string Roots = """
        "DebtHub: debtors, accounts and their money, for collectors, supervisors and front ends."
        type Query

        "Every change to DebtHub: each takes one input object and answers a payload with the result or typed errors."
        type Mutation

        """;

    public static GraphQL.Types.Schema Build() => SchemaBuilder.FromSdl(Roots)
        .AddAuthorization()
        .AddDebtHubScalars()
        .AddCreditors()
        .AddPortfolios()
        .AddCollectors()
        .AddAccounts()
        .AddDebtors()
        .AddCompliance()
        .AddMutationSupport()
        .AddAccountsMutations()
        .AddDebtorsMutations()
        .AddNotesMutations()
        .AddContactMutations()
        .AddVoice()
        .AddSubscriptions()
        .AddAudit()
        .AddWorkQueue()
        .AddWorkQueueMutations()
        .AddSkipTracing()
        .AddSkipTracingMutations()
        .AddResolutions()
        .AddPlanMutations()
        .AddDisputeMutations()
        .AddLegalMutations()
        .AddPresence()
        .AddDispositionMutations()
        .AddFigures()
        .AddLetters()
        .AddReports()
        .AddCampaigns()
        .AddCampaignsMutations()
        .AddData(DebtHubData.Model())
        .Build();

    /// <summary>The per-request services the schema's resolvers use (batch loaders).</summary>
    public static IServiceCollection AddDebtHubSchemaServices(this IServiceCollection services) => services
        .AddScoped<IQuerySource, EfQuerySource>()
        .AddScoped<Loading>()
        .AddScoped<AccountLoaders>()
        .AddScoped<DebtorLoaders>()
        .AddScoped<ReferenceLoaders>()
        .AddScoped<Compliance.ComplianceLoaders>()
        .AddScoped<ResolutionLoaders>()
        .AddScoped<Letters.LetterLoaders>();
}
