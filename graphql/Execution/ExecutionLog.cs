using Microsoft.Extensions.Logging;

namespace DebtHub.GraphQL.Execution;

/// <summary>The engine's log events (ids 4100–4199). Coordinates and exception types only: never argument values.</summary>
internal static partial class ExecutionLog
{
    [LoggerMessage(EventId = 4101, Level = LogLevel.Error, Message = "The resolver of {Coordinate} failed unexpectedly")]
    public static partial void ResolverFailed(ILogger logger, string coordinate, Exception exception);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Warning, Message = "A GraphQL request exceeded the execution timeout of {TimeoutSeconds} s")]
    public static partial void TimedOut(ILogger logger, double timeoutSeconds);
}
