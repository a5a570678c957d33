namespace DebtHub.Dialer.Worker;

/// <summary>
/// Real time moved by a fixed offset: timers run as usual, "now" reads as a chosen instant plus what has elapsed. Every
/// process of one test gets the same offset, so their clocks agree.
/// </summary>
internal sealed class ShiftedClock(TimeSpan offset) : TimeProvider
{
    public TimeSpan Offset { get; } = offset;

    /// <summary>A clock that reads <paramref name="start"/> now.</summary>
    public static ShiftedClock StartingAt(DateTimeOffset start) => new(start - System.GetUtcNow());

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + Offset;
}
