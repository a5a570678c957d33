using DebtHub.Api.Security;
using DebtHub.GraphQL.Execution.Errors;
using DebtHub.GraphQL.Types;
using DebtHub.Infrastructure.Reports;

namespace DebtHub.Api.Schema.Reports;

/// <summary>Collection KPIs for supervisors (PRODUCT.md section 4), each with its parts and definition, and CSV exports.</summary>
internal static class ReportsArea
{
    private const string Sdl = """
        extend type Query {
          "Collection KPIs for the UTC days from..to (inclusive); aging is as of asOf (today by default). Supervisors and admins."
          collectionReport(from: Date!, to: Date!, asOf: Date): CollectionReport! @authorize(roles: ["supervisor", "admin"])
          "One section of the same report as CSV (RFC 4180), for spreadsheets."
          collectionReportCsv(section: ReportSection!, from: Date!, to: Date!, asOf: Date): String! @authorize(roles: ["supervisor", "admin"])
        }

        enum ReportSection { AGING LIQUIDATION RATES DOLLARS_PER_COLLECTOR_HOUR COMPLIANCE_BLOCKS }

        type CollectionReport {
          from: Date!
          to: Date!
          asOf: Date!
          "Open accounts by days past the delinquency date: CURRENT, 1-30, ..., 151-180, 180+."
          aging: [AgingBucket!]!
          "By placement month: net $ collected through the period's end ÷ $ placed."
          liquidation: [CohortLiquidation!]!
          recoveryRate: Ratio!
          rightPartyContact: RightPartyContact!
          promiseRate: Ratio!
          promiseKeptByCount: Ratio!
          promiseKeptByAmount: Ratio!
          "Hours come from contact attempts (first to last attempt per day) until the dialer records logged-in time."
          dollarsPerCollectorHour: [CollectorDollars!]!
          dialerPenetration: Ratio!
          abandonRate: Ratio!
          "A snapshot now: eligible accounts the gate would block from a hand-dialed call, by rule."
          complianceBlocks: [RuleBlocks!]!
          "How many eligible accounts the snapshot asked the gate about (at most 2,000)."
          complianceBlocksEvaluated: Int!
          disputeRate: Ratio!
        }

        "A ratio with its parts; rate is null when the denominator is zero."
        type Ratio {
          numerator: Decimal!
          denominator: Decimal!
          rate: Decimal
          definition: String!
        }

        type AgingBucket {
          bucket: String!
          accounts: Int!
          balance: Decimal!
        }

        type CohortLiquidation {
          "The placement month, yyyy-MM (UTC)."
          cohort: String!
          accounts: Int!
          placed: Decimal!
          collected: Decimal!
          liquidation: Ratio!
        }

        type RightPartyContact {
          dialAttempts: Int!
          liveConnects: Int!
          accountsWorked: Int!
          rightPartyContacts: Int!
          perDialAttempt: Ratio!
          perLiveConnect: Ratio!
          perAccountWorked: Ratio!
        }

        type CollectorDollars {
          userName: String!
          collected: Decimal!
          hours: Decimal!
          dollarsPerHour: Decimal
        }

        type RuleBlocks {
          ruleId: String!
          citation: String!
          accounts: Int!
        }
        """;

    /// <summary>A year is the longest period one request may cover.</summary>
    private const int MaxPeriodDays = 366;

    public static SchemaBuilder AddReports(this SchemaBuilder schema) => schema
        .AddSdl(Sdl)
        .BindEnum<ReportSection>("ReportSection")
        .Bind("Query.collectionReport", (FieldResolver)(async c => await RunAsync(c)))
        .Bind("Query.collectionReportCsv", (FieldResolver)(async c => ReportCsv.Write(await RunAsync(c), c.GetArgument<ReportSection>("section"))))
        .Bind("CollectionReport.promiseKeptByCount", (FieldResolver)(c => new(c.ParentAs<CollectionReport>().PromiseKept.ByCount)))
        .Bind("CollectionReport.promiseKeptByAmount", (FieldResolver)(c => new(c.ParentAs<CollectionReport>().PromiseKept.ByAmount)));

    private static Task<CollectionReport> RunAsync(IResolverContext context)
    {
        _ = context.CurrentUser();
        var from = context.GetArgument<DateOnly>("from");
        var to = context.GetArgument<DateOnly>("to");
        if (to < from || to.DayNumber - from.DayNumber >= MaxPeriodDays)
        {
            throw new GraphQLException($"The period must run forward and cover at most {MaxPeriodDays} days.", "BAD_USER_INPUT");
        }

        return context.Service<CollectionReports>().RunAsync(from, to, context.GetArgument<DateOnly?>("asOf"), context.CancellationToken);
    }
}
