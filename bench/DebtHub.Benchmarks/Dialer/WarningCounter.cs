using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace DebtHub.Benchmarks.Dialer;

/// <summary>
/// Counts the dialer host's warnings and errors by event (id and name only, never the message), so a run says how many
/// placements failed or were not placed without logging anything per call.
/// </summary>
internal sealed class WarningCounter : ILoggerProvider
{
    private readonly ConcurrentDictionary<string, int> _counts = new();

    public string Summary() =>
        _counts.IsEmpty ? "none" : string.Join(", ", _counts.OrderByDescending(c => c.Value).Select(c => $"{c.Key} ×{c.Value:N0}"));

    public ILogger CreateLogger(string categoryName) => new Counter(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Counter(WarningCounter owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                var name = $"{category.Split('.')[^1]} {eventId.Id} {eventId.Name}{(exception is null ? "" : " " + exception.GetType().Name)}";
                owner._counts.AddOrUpdate(name, 1, (_, n) => n + 1);
            }
        }
    }
}
