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

        enum ReportSection { AGING LIQUIDATION RATES DOLLARS_PER_COLLECTOR_HOUR ABANDON_RATE COMPLIANCE_BLOCKS }

        type CollectionReport {
          from: Date!
          to: Date!
          asOf: Date!
          "Open accounts by days past the delinquency date: CURRENT, 1-30, ..., 151-180, 180+."
          aging: [AgingBucket!]!
          "By placement month: net $ collected through the period's end ÷ $ placed, and at 30, 60, 90 and 180 days since placement."
          liquidation: [CohortLiquidation!]!
          recoveryRate: Ratio!
          rightPartyContact: RightPartyContact!
          promiseRate: Ratio!
          promiseKeptByCount: Ratio!
          promiseKeptByAmount: Ratio!
          "Net $ collected on each collector's accounts ÷ their logged-in hours (available, on call, wrap-up) in the period."
          dollarsPerCollectorHour: [CollectorDollars!]!
          dialerPenetration: Ratio!
          "Abandoned ÷ live-answered outbound calls over the 30 UTC days ending with the period's last day, all calls together."
          abandonRate: Ratio!
          "The same 30 days, per campaign (the TCPA measure the dialer's 3% cap applies to)."
          abandonRateByCampaign: AbandonRates!
          "Permits asked for and refused in the period, by rule (eligibility probes are not counted)."
          complianceBlocks: [RuleBlocks!]!
          "How many permits were refused in the period (a refusal naming two rules counts once here)."
          complianceRefusals: Int!
          "Of those, refused because the contact ledger was unavailable (fail closed, LEDGER-UNAVAILABLE)."
          failClosedRefusals: Int!
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
          "Liquidation by fixed ages since placement (the stair-step)."
          byAge: [LiquidationAtAge!]!
        }

        type LiquidationAtAge {
          days: Int!
          "Net $ collected by placement day + days (inclusive) ÷ $ placed; null until every account of the cohort is that old by the period's end."
          liquidation: Ratio
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
          "Logged-in hours, to two decimals (the rate uses the exact time)."
          hours: Decimal!
          dollarsPerHour: Decimal
        }

        type AbandonRates {
          from: Date!
          to: Date!
          "The cap a campaign must stay under (0.03)."
          cap: Decimal!
          campaigns: [CampaignAbandonRate!]!
          total: Ratio!
        }

        "campaignId and name are null for calls placed outside campaigns."
        type CampaignAbandonRate {
          campaignId: ID
          name: String
          abandonRate: Ratio!
          overCap: Boolean!
        }

        type RuleBlocks {
          ruleId: String!
          citation: String!
          "Refused permits naming this rule."
          refusals: Int!
          "Distinct accounts those refusals concerned."
          accounts: Int!
          "True for LEDGER-UNAVAILABLE: refused because limits could not be checked, not because a rule was met."
          failClosed: Boolean!
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
        .Bind("CollectionReport.promiseKeptByAmount", (FieldResolver)(c => new(c.ParentAs<CollectionReport>().PromiseKept.ByAmount)))
        .Bind("CollectionReport.abandonRate", (FieldResolver)(c => new(c.ParentAs<CollectionReport>().Abandon.Total)))
        .Bind("CollectionReport.abandonRateByCampaign", (FieldResolver)(c => new(c.ParentAs<CollectionReport>().Abandon)))
        .Bind("CollectionReport.complianceBlocks", (FieldResolver)(c => new(c.ParentAs<CollectionReport>().ComplianceBlocks.ByRule)))
        .Bind("CollectionReport.complianceRefusals", (FieldResolver)(c => new(c.ParentAs<CollectionReport>().ComplianceBlocks.Refusals)))
        .Bind("CollectionReport.failClosedRefusals", (FieldResolver)(c => new(c.ParentAs<CollectionReport>().ComplianceBlocks.FailClosedRefusals)));

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
