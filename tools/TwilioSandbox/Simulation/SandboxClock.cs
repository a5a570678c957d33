using Microsoft.Extensions.Options;

namespace DebtHub.TwilioSandbox.Simulation;

/// <summary>Simulated time: runs <see cref="SandboxOptions.TimeScale"/> times faster than the wall clock.</summary>
public sealed class SandboxClock(TimeProvider time, IOptions<SandboxOptions> options)
{
    private readonly DateTimeOffset _origin = time.GetUtcNow();
    private readonly long _start = time.GetTimestamp();

    private double Scale => options.Value.TimeScale;

    public DateTimeOffset Now => _origin + (time.GetElapsedTime(_start) * Scale);

    public Task DelayAsync(double simulatedSeconds, CancellationToken cancellationToken) =>
        simulatedSeconds <= 0 ? Task.CompletedTask : Task.Delay(TimeSpan.FromSeconds(simulatedSeconds / Scale), time, cancellationToken);
}
