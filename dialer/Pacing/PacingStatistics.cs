using Npgsql;

namespace DebtHub.Dialer.Pacing;

/// <summary>
/// A campaign's measured figures from its attempt records (contact_attempts): over the last 30 days the live answers
/// and the abandoned ones among them (the legal denominator and numerator, 47 CFR 64.1200(a)(7)); over the last day the
/// dials and live answers (the answer rate pacing uses); and the calls placed in the last <see cref="InFlightWindow"/>
/// whose result is not known yet. Handle time is not in the attempt records yet (collector dispositions and wrap-up
/// come with routing), so pacing takes it from configuration.
/// </summary>
public sealed record PacingStatistics(
    int LiveAnswers30Days,
    int Abandoned30Days,
    int DialsLastDay,
    int LiveAnswersLastDay,
    int InFlight)
{
    public static readonly TimeSpan InFlightWindow = TimeSpan.FromSeconds(90);

    public decimal AbandonRate30Days => LiveAnswers30Days == 0 ? 0m : (decimal)Abandoned30Days / LiveAnswers30Days;

    public decimal? AnswerRateLastDay => DialsLastDay == 0 ? null : (decimal)LiveAnswersLastDay / DialsLastDay;
}

public sealed class PacingStatisticsReader(NpgsqlDataSource dataSource)
{
    public async Task<PacingStatistics> ReadAsync(Guid campaignId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            select count(*) filter (where connect_result = 'Answered' and placed_at > @month)::int,
                   count(*) filter (where abandoned_at is not null and placed_at > @month)::int,
                   count(*) filter (where placed_at > @day)::int,
                   count(*) filter (where connect_result = 'Answered' and placed_at > @day)::int,
                   count(*) filter (where connect_result is null and abandoned_at is null and placed_at > @flight)::int
              from contact_attempts
             where campaign_id = @campaign and direction = 'Outbound' and channel = 'Call' and placed_at > @month
            """);
        command.Parameters.AddWithValue("campaign", campaignId);
        command.Parameters.AddWithValue("month", now - TimeSpan.FromDays(30));
        command.Parameters.AddWithValue("day", now - TimeSpan.FromDays(1));
        command.Parameters.AddWithValue("flight", now - PacingStatistics.InFlightWindow);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return new PacingStatistics(reader.GetInt32(0), reader.GetInt32(1), reader.GetInt32(2), reader.GetInt32(3), reader.GetInt32(4));
    }
}
