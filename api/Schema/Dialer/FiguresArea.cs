using DebtHub.Dialer.Hopper;
using DebtHub.Dialer.Pacing;
using DebtHub.Domain.Collectors;
using DebtHub.Domain.Compliance.Facts;
using DebtHub.Domain.Contact;
using DebtHub.GraphQL.Execution.Errors;
using DebtHub.GraphQL.Types;
using DebtHub.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace DebtHub.Api.Schema.Dialer;

/// <summary>
/// Live dialer figures for supervisors, read from the record (contact_attempts, dialer_calls, presence periods) at the
/// moment of the query: per campaign the attempts, live answers, right-party contacts and abandon rate; per collector
/// the state and the calls, talk and wrap time of a window.
/// </summary>
internal static class FiguresArea
{
    private const string Sdl = """
        extend type Query {
          "A campaign's figures over the last `days` days (the abandon rate's legal window is 30 days)."
          campaignFigures(campaignId: ID!, days: Int! = 30): CampaignFigures! @authorize(roles: ["supervisor", "admin"])
          "Every collector the dialer has seen: their state now, and calls, talk and wrap time between from and to (default: the last 24 hours)."
          collectorFigures(from: DateTime, to: DateTime): [CollectorFigures!]! @authorize(roles: ["supervisor", "admin"])
        }

        type CampaignFigures {
          campaignId: ID!
          from: DateTime!
          to: DateTime!
          "Calls placed (every confirmed attempt, whatever its result)."
          attempts: Int!
          "Live answers: a person picked up (machines, busy lines and unanswered rings excluded), counted as soon as the call is routed to a collector (or machine detection says human), not when the outcome is recorded."
          connects: Int!
          "Conversations with the debtor about the debt, as the collectors recorded them (counted once the disposition is recorded)."
          rightPartyContacts: Int!
          "Promises to pay recorded with the disposition of the campaign's calls."
          promisesToPay: Int!
          "Live answers no collector took in time (the debtor heard the short message)."
          abandoned: Int!
          "abandoned ÷ connects (47 CFR 64.1200(a)(7): at most 0.03 per campaign over 30 days); null before the first live answer."
          abandonRate: Float
          "Attempts whose result is not known yet (ringing, on a call, or awaiting the collector's disposition)."
          pending: Int!
          "The hopper now: depth (dialable now, claimed, waiting for a retry) and the accounts blocked, per rule, with when they become dialable (as Campaign.hopper)."
          hopper: HopperExplanation!
        }

        type CollectorFigures {
          collectorId: ID!
          userName: String!
          displayName: String!
          state: PresenceState!
          stateSince: DateTime!
          "Calls the dialer routed to them in the window."
          calls: Int!
          talkSeconds: Int!
          wrapSeconds: Int!
          availableSeconds: Int!
        }
        """;

    public static SchemaBuilder AddFigures(this SchemaBuilder schema) => schema
        .AddSdl(Sdl)
        .Bind("Query.campaignFigures", (FieldResolver)CampaignAsync)
        .Bind("Query.collectorFigures", (FieldResolver)CollectorsAsync)
        .Bind("CampaignFigures.hopper", (FieldResolver)(async c =>
            await c.Service<HopperExplainer>().ExplainAsync(c.ParentAs<CampaignFigures>().CampaignId, c.Service<TimeProvider>().GetUtcNow(), c.CancellationToken)))
        .Bind("CampaignFigures.campaignId", (FieldResolver)(c => new(NodeIds.Format("Campaign", c.ParentAs<CampaignFigures>().CampaignId))))
        .Bind("CollectorFigures.collectorId", (FieldResolver)(c => new(NodeIds.Format("Collector", c.ParentAs<CollectorFigures>().CollectorId))));

    private static async ValueTask<object?> CampaignAsync(IResolverContext context)
    {
        var campaignId = NodeIds.Parse(context.GetArgument<string>("campaignId"), "Campaign");
        var days = context.GetArgument<int>("days");
        if (days is < 1 or > 366)
        {
            throw new GraphQLException("days is between 1 and 366.", "INVALID_VALUE");
        }

        var to = context.Service<TimeProvider>().GetUtcNow();
        var from = to.AddDays(-days);
        await using var db = await context.DbAsync();
        if (!await db.Campaigns.AnyAsync(c => c.Id == campaignId, context.CancellationToken))
        {
            throw new GraphQLException("No campaign has this id.", "NOT_FOUND");
        }

        // One statement over the record; a connect is a live answer as pacing counts it (LiveAnswer.Sql).
        const string Sql = $"""
            select count(*)::int as "Attempts",
                   count(*) filter (where {LiveAnswer.Sql})::int as "Connects",
                   count(*) filter (where ca.disposition = 'ConversationRightParty')::int as "RightParty",
                   count(*) filter (where ca.abandoned_at is not null)::int as "Abandoned",
                   count(*) filter (where ca.connect_result is null)::int as "Pending",
                   -- A disposition writes its promise in the same unit of work, at the same instant as the call's dispositioned_at.
                   (select count(*) from promises_to_pay p join dialer_calls dc on dc.account_id = p.account_id and dc.dispositioned_at = p.recorded_at
                     where dc.campaign_id = @campaign and dc.created_at >= @from and dc.created_at <= @to)::int as "Promises"
              from contact_attempts ca
             where ca.campaign_id = @campaign and ca.placed_at >= @from and ca.placed_at <= @to
            """;
        var counts = await db.Database.SqlQueryRaw<FigureCounts>(
                Sql, new NpgsqlParameter("campaign", campaignId), new NpgsqlParameter("from", from), new NpgsqlParameter("to", to))
            .SingleAsync(context.CancellationToken);
        return new CampaignFigures(campaignId, from, to, counts.Attempts, counts.Connects, counts.RightParty, counts.Promises, counts.Abandoned,
            counts.Connects == 0 ? null : (double)counts.Abandoned / counts.Connects, counts.Pending);
    }

    private sealed class FigureCounts
    {
        public int Attempts { get; init; }

        public int Connects { get; init; }

        public int RightParty { get; init; }

        public int Promises { get; init; }

        public int Abandoned { get; init; }

        public int Pending { get; init; }
    }

    private static async ValueTask<object?> CollectorsAsync(IResolverContext context)
    {
        var now = context.Service<TimeProvider>().GetUtcNow();
        var to = context.GetArgument<DateTimeOffset?>("to") ?? now;
        var from = context.GetArgument<DateTimeOffset?>("from") ?? to.AddDays(-1);
        if (from >= to)
        {
            throw new GraphQLException("from must be before to.", "INVALID_VALUE");
        }

        await using var db = await context.DbAsync();
        var collectors = await db.CollectorPresence.AsNoTracking()
            .Join(db.Collectors, p => p.CollectorId, c => c.Id, (p, c) => new { p.CollectorId, c.UserName, c.DisplayName, p.State, p.Since })
            .OrderBy(c => c.UserName)
            .ToListAsync(context.CancellationToken);
        var periods = await db.PresencePeriods.AsNoTracking()
            .Where(p => p.StartedAt < to && (p.EndedAt == null || p.EndedAt > from) && p.State != PresenceState.Offline)
            .Select(p => new { p.CollectorId, p.State, p.StartedAt, p.EndedAt })
            .ToListAsync(context.CancellationToken);
        var calls = await db.DialerCalls.AsNoTracking()
            .Where(c => c.CollectorId != null && c.RoutedAt >= from && c.RoutedAt < to)
            .GroupBy(c => c.CollectorId!.Value)
            .Select(g => new { CollectorId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.CollectorId, g => g.Count, context.CancellationToken);

        // A period still open runs until now; each is clipped to the window.
        int Seconds(Guid collectorId, PresenceState state) => (int)periods
            .Where(p => p.CollectorId == collectorId && p.State == state)
            .Sum(p => Math.Max(0, ((p.EndedAt ?? now) < to ? p.EndedAt ?? now : to).Subtract(p.StartedAt > from ? p.StartedAt : from).TotalSeconds));

        return collectors.Select(c => new CollectorFigures(
            c.CollectorId, c.UserName, c.DisplayName, c.State, c.Since, calls.GetValueOrDefault(c.CollectorId),
            Seconds(c.CollectorId, PresenceState.OnCall), Seconds(c.CollectorId, PresenceState.WrapUp), Seconds(c.CollectorId, PresenceState.Available))).ToList();
    }
}

internal sealed record CampaignFigures(
    Guid CampaignId, DateTimeOffset From, DateTimeOffset To, int Attempts, int Connects, int RightPartyContacts, int PromisesToPay, int Abandoned, double? AbandonRate, int Pending);

internal sealed record CollectorFigures(
    Guid CollectorId, string UserName, string DisplayName, PresenceState State, DateTimeOffset StateSince, int Calls, int TalkSeconds, int WrapSeconds, int AvailableSeconds);
