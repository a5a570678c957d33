namespace DebtHub.Api.Schema.Mutations;

/// <summary>Mutation events (band 7100-7199). Ids and mutation names only, never input values.</summary>
internal static partial class MutationLog
{
    [LoggerMessage(EventId = 7101, Level = LogLevel.Warning,
        Message = "Mutation {Mutation} was saved but its change events could not be published; live screens refresh on their next event")]
    public static partial void EventsNotPublished(ILogger logger, string mutation, Exception exception);
}
