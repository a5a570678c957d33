namespace DebtHub.LedgerLoad;

/// <summary>
/// A clock that runs <see cref="Speed"/> times faster than the real one from a shared origin, so several processes given
/// the same origin agree on the simulated instant and a simulated week passes in seconds.
/// </summary>
public sealed class ScaledTimeProvider(TimeProvider real, DateTimeOffset realOrigin, DateTimeOffset simulatedOrigin, double speed) : TimeProvider
{
    public double Speed => speed;

    public DateTimeOffset RealOrigin => realOrigin;

    public DateTimeOffset SimulatedOrigin => simulatedOrigin;

    public override DateTimeOffset GetUtcNow() =>
        simulatedOrigin + TimeSpan.FromTicks((long)((real.GetUtcNow() - realOrigin).Ticks * speed));
}
