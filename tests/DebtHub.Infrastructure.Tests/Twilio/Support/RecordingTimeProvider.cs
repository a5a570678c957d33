namespace DebtHub.Infrastructure.Tests.Twilio.Support;

/// <summary>A fixed clock whose timers fire at once but remember how long they were asked to wait.</summary>
internal sealed class RecordingTimeProvider(DateTimeOffset now) : TimeProvider
{
    public List<TimeSpan> Delays { get; } = [];

    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        lock (Delays)
        {
            Delays.Add(dueTime);
        }

        return System.CreateTimer(callback, state, TimeSpan.Zero, Timeout.InfiniteTimeSpan);
    }
}
