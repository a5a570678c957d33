using DebtHub.Api.Security;
using DebtHub.Dialer.Hopper;
using DebtHub.Dialer.Pacing;
using DebtHub.Domain.Campaigns;
using DebtHub.GraphQL.Execution.Errors;
using DebtHub.GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace DebtHub.Api.Schema.Campaigns;

/// <summary>
/// Dialer campaigns as supervisors see them: their settings, and live, why the hopper holds what it holds (counts per
/// blocking rule and when each group becomes dialable) and the pacing decision (lines, dial ratio, abandon rate over 30
/// days and its forecast).
/// </summary>
internal static class CampaignsArea
{
    private const string Sdl = """
        extend type Query {
          "Every campaign, newest first."
          campaigns: [Campaign!]! @authorize(roles: ["supervisor", "admin"])
          campaign(id: ID!): Campaign @authorize(roles: ["supervisor", "admin", "collector"])
        }

        "An outbound calling campaign. Every call it places goes through the compliance gate and the contact ledger."
        type Campaign {
          id: ID!
          name: String!
          status: CampaignStatus!
          mode: DialMode!
          segment: CampaignSegment!
          callingHours: CallingHours!
          callerIds: CallerIdPool!
          retry: RetryRules!
          answeringMachineDetection: Boolean!
          voicemail: VoicemailPolicy!
          "The order accounts are claimed in; ties go to the account placed first."
          priority: [PrioritySort!]!
          pacingLimits: PacingLimits!
          createdAt: DateTime!
          updatedAt: DateTime!
          startedAt: DateTime
          stoppedAt: DateTime
          "Why is my hopper empty? What the hopper holds now and what holds the rest back."
          hopper: HopperExplanation!
          "The pacing decision now: lines, dial ratio, abandon rate over 30 days and its forecast."
          pacing: PacingPlan!
        }

        enum CampaignStatus { DRAFT ACTIVE PAUSED STOPPED }
        enum DialMode { PREVIEW PROGRESSIVE PREDICTIVE }
        enum DialOutcome { BUSY NO_ANSWER MACHINE FAILED ABANDONED ANSWERED }
        enum PriorityKey { BALANCE AGE LAST_PAYMENT PROMISE_DUE }
        enum Weekday { SUNDAY MONDAY TUESDAY WEDNESDAY THURSDAY FRIDAY SATURDAY }

        "Which accounts the campaign works; only accounts open for collection with a balance are ever taken."
        type CampaignSegment {
          creditorIds: [ID!]!
          portfolioIds: [ID!]!
          "States the debtors get their mail in (two-letter codes): the mailing address, else the home address (returned mail skipped), else the account's governing state."
          states: [String!]!
          minBalance: Decimal
          maxBalance: Decimal
        }

        "The campaign's own window in the debtor's local time: inside 08:00–21:00, the hours the law allows."
        type CallingHours {
          "HH:mm"
          start: String!
          "HH:mm; no call is launched at or after it."
          end: String!
          days: [Weekday!]!
        }

        type CallerIdPool {
          numbers: [String!]!
          "Show the owned number with the debtor's area code when there is one."
          localPresence: Boolean!
        }

        type RetryRules {
          maxAttempts: Int!
          delays: [RetryDelay!]!
        }

        type RetryDelay {
          outcome: DialOutcome!
          minutes: Int!
        }

        "What happens when a machine answers: nothing, or a checked limited-content message (12 CFR 1006.2(j))."
        type VoicemailPolicy {
          leaveMessage: Boolean!
          template: String
          businessName: String
          contactName: String
          callbackNumber: String
        }

        type PrioritySort {
          key: PriorityKey!
          descending: Boolean!
        }

        type PacingLimits {
          "Percent of live-answered calls over 30 days the governor aims below (at most 3)."
          targetAbandonPercent: Decimal!
          maxDialRatio: Decimal!
        }

        type HopperExplanation {
          total: Int!
          dialableNow: Int!
          "Held by a dialer instance or a collector's preview right now."
          claimed: Int!
          "Dialed, waiting for the retry rules' delay."
          waitingForRetry: Int!
          "Done: maximum attempts reached, answered, or out of the segment."
          finished: Int!
          "When the next waiting account becomes dialable."
          nextDialableAt: DateTime
          "Accounts held back at their last look, per rule (CAMPAIGN-HOURS is the campaign's own window)."
          blocked: [BlockedGroup!]!
        }

        type BlockedGroup {
          ruleId: String!
          accounts: Int!
          "When the dialer next looks at the first of them: the gate's next allowed instant, or a daily re-check when only a person can lift the block (a hold)."
          firstDialableAt: DateTime
          lastDialableAt: DateTime
        }

        type PacingPlan {
          mode: DialMode!
          idleCollectors: Int!
          inFlight: Int!
          "Calls the next round places."
          lines: Int!
          dialRatio: Decimal!
          "Live answers per dial over the last day."
          answerRate: Decimal
          "Abandoned ÷ live-answered calls over 30 days (47 CFR 64.1200(a)(7))."
          abandonRate30Days: Decimal!
          "The abandon rate expected at this dial level."
          forecastAbandonRate: Decimal!
          "When the 30-day rate would pass 3% if calls went on at this level; null when it would not."
          breachForecastAt: DateTime
          reason: String!
        }
        """;

    public static SchemaBuilder AddCampaigns(this SchemaBuilder schema) => schema
        .AddSdl(Sdl)
        .BindEnum<CampaignStatus>("CampaignStatus")
        .BindEnum<DialMode>("DialMode")
        .BindEnum<DialOutcome>("DialOutcome")
        .BindEnum<PriorityKey>("PriorityKey")
        .BindEnum<DayOfWeek>("Weekday")
        .Bind("Query.campaigns", (FieldResolver)CampaignsAsync)
        .Bind("Query.campaign", (FieldResolver)CampaignAsync)
        .Bind("Campaign.id", Parents.NodeId<Campaign>("Campaign", c => c.Id))
        .Bind("Campaign.callingHours", (FieldResolver)(c => new(c.ParentAs<Campaign>().Hours)))
        .Bind("Campaign.pacingLimits", (FieldResolver)(c => new(c.ParentAs<Campaign>().Pacing)))
        .Bind("Campaign.priority", (FieldResolver)(c => new(c.ParentAs<Campaign>().Priority.Sorts)))
        .Bind("Campaign.hopper", (FieldResolver)HopperAsync)
        .Bind("Campaign.pacing", (FieldResolver)PacingAsync)
        .Bind("CampaignSegment.creditorIds", (FieldResolver)(c => new(c.ParentAs<CampaignSegment>().CreditorIds.Select(id => NodeIds.Format("Creditor", id)).ToArray())))
        .Bind("CampaignSegment.portfolioIds", (FieldResolver)(c => new(c.ParentAs<CampaignSegment>().PortfolioIds.Select(id => NodeIds.Format("Portfolio", id)).ToArray())))
        .Bind("CallingHours.start", (FieldResolver)(c => new(c.ParentAs<CallingHours>().Start.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture))))
        .Bind("CallingHours.end", (FieldResolver)(c => new(c.ParentAs<CallingHours>().End.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture))))
        .Bind("RetryRules.delays", (FieldResolver)(c => new(c.ParentAs<RetryRules>().Delays
            .OrderBy(d => d.Key)
            .Select(d => new Dictionary<string, object?> { ["outcome"] = d.Key, ["minutes"] = (int)d.Value.TotalMinutes })
            .ToArray())))
        .Bind("VoicemailPolicy.template", (FieldResolver)(c => new(c.ParentAs<VoicemailPolicy>().Template)))
        .Bind("PacingLimits.targetAbandonPercent", (FieldResolver)(c => new(c.ParentAs<PacingSettings>().TargetAbandonRate * 100m)));

    private static async ValueTask<object?> CampaignsAsync(IResolverContext context)
    {
        await using var db = await context.DbAsync();
        return await db.Campaigns.AsNoTracking().OrderByDescending(c => c.CreatedAt).ToListAsync(context.CancellationToken);
    }

    private static async ValueTask<object?> CampaignAsync(IResolverContext context)
    {
        if (!NodeIds.TryParse(context.GetArgument<string>("id"), out var type, out var id) || type is not (null or "Campaign"))
        {
            return null;
        }

        await using var db = await context.DbAsync();
        return await db.Campaigns.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, context.CancellationToken);
    }

    private static async ValueTask<object?> HopperAsync(IResolverContext context) =>
        await context.Service<HopperExplainer>().ExplainAsync(context.ParentAs<Campaign>().Id, context.Service<TimeProvider>().GetUtcNow(), context.CancellationToken);

    private static async ValueTask<object?> PacingAsync(IResolverContext context)
    {
        if (context.CurrentUser() is { IsSupervisorOrAdmin: false })
        {
            throw new GraphQLException("Pacing figures are for supervisors.", "FORBIDDEN");
        }

        return await context.Service<PacingRound>().PlanAsync(context.ParentAs<Campaign>(), context.Service<TimeProvider>().GetUtcNow(), context.CancellationToken);
    }
}
