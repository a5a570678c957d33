using DebtHub.Infrastructure.Events;
using Microsoft.Extensions.Logging;

namespace DebtHub.Dialer.Presence;

/// <summary>
/// Tells a collector's screens about their call (the screen pop, the end of the call). The change is committed before:
/// a Redis outage must not undo it, and the screen catches up on its next read.
/// </summary>
internal static partial class CollectorNotifications
{
    public static async Task PublishAsync(this EventBus events, CollectorEvent? collectorEvent, ILogger logger)
    {
        if (collectorEvent is null)
        {
            return;
        }

        try
        {
            await events.PublishAsync(collectorEvent, CancellationToken.None);
        }
        catch (Exception e) when (e is StackExchange.Redis.RedisException or TimeoutException)
        {
            LogNotPublished(logger, collectorEvent.Kind, collectorEvent.CallSid, e);
        }
    }

    [LoggerMessage(EventId = 5221, Level = LogLevel.Warning, Message = "Collector event {Kind} for call {CallSid} not published")]
    private static partial void LogNotPublished(ILogger logger, CollectorEventKind kind, string? callSid, Exception exception);
}
