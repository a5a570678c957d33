using Npgsql;

namespace DebtHub.Dialer.Hopper;

/// <summary>
/// "Why is my hopper empty?" for one campaign (DESIGN.md principle 9): how many accounts are dialable now, held by
/// another instance or a collector's preview, waiting for a retry, finished — and, for those the compliance gate or the
/// campaign's hours held back, the count per rule and when the first of them becomes dialable again.
/// </summary>
public sealed record HopperExplanation(
    Guid CampaignId,
    int Total,
    int DialableNow,
    int Claimed,
    int WaitingForRetry,
    int Finished,
    DateTimeOffset? NextDialableAt,
    IReadOnlyList<BlockedGroup> Blocked);

/// <summary>Accounts one rule held back at their last look, and when the first and the last of them may be dialed.</summary>
public sealed record BlockedGroup(string RuleId, int Accounts, DateTimeOffset? FirstDialableAt, DateTimeOffset? LastDialableAt);

public sealed class HopperExplainer(NpgsqlDataSource dataSource)
{
    /// <summary>Rule id under which accounts held back by the campaign's own calling hours are counted.</summary>
    public const string CampaignHoursRuleId = DebtHub.Infrastructure.Contact.ContactGateway.CampaignHoursRuleId;

    public async Task<HopperExplanation> ExplainAsync(Guid campaignId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var batch = new NpgsqlBatch(connection);
        var totals = new NpgsqlBatchCommand("""
            select count(*)::int,
                   count(*) filter (where not finished and next_eligible_at <= @now and claimed_until is null)::int,
                   count(*) filter (where not finished and claimed_until is not null)::int,
                   count(*) filter (where not finished and next_eligible_at > @now and cardinality(blocked_by) = 0)::int,
                   count(*) filter (where finished)::int,
                   min(next_eligible_at) filter (where not finished and next_eligible_at > @now)
              from campaign_hopper where campaign_id = @campaign
            """);
        var blocked = new NpgsqlBatchCommand("""
            select rule, count(*)::int, min(next_eligible_at), max(next_eligible_at)
              from campaign_hopper, unnest(blocked_by) as rule
             where campaign_id = @campaign and not finished and next_eligible_at > @now
             group by rule order by count(*) desc, rule
            """);
        foreach (var command in new[] { totals, blocked })
        {
            command.Parameters.AddWithValue("campaign", campaignId);
            command.Parameters.AddWithValue("now", now);
            batch.BatchCommands.Add(command);
        }

        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        var (total, dialable, claimed, retry, finished) = (reader.GetInt32(0), reader.GetInt32(1), reader.GetInt32(2), reader.GetInt32(3), reader.GetInt32(4));
        DateTimeOffset? next = reader.IsDBNull(5) ? null : reader.GetFieldValue<DateTimeOffset>(5);
        await reader.NextResultAsync(cancellationToken);
        var groups = new List<BlockedGroup>();
        while (await reader.ReadAsync(cancellationToken))
        {
            groups.Add(new BlockedGroup(
                reader.GetString(0),
                reader.GetInt32(1),
                reader.IsDBNull(2) ? null : reader.GetFieldValue<DateTimeOffset>(2),
                reader.IsDBNull(3) ? null : reader.GetFieldValue<DateTimeOffset>(3)));
        }

        return new HopperExplanation(campaignId, total, dialable, claimed, retry, finished, next, groups);
    }
}
