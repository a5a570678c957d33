using System.Diagnostics;
using System.Globalization;

namespace DebtHub.Benchmarks.Compliance;

/// <summary>
/// Decisions per second per core measured in CPU time rather than wall time: on a shared, loaded machine BenchmarkDotNet's
/// wall-clock figures include time the thread waited for a core. Same scenarios as <see cref="GateBenchmarks"/>.
/// Run: <c>dotnet run -c Release --project bench/DebtHub.Benchmarks -- --gate-cpu-throughput</c>.
/// </summary>
public static class GateThroughput
{
    public static void Run()
    {
        const int warmup = 300_000;
        const int decisions = 2_000_000;
        var benchmarks = new GateBenchmarks();
        benchmarks.Setup();
        var scenarios = new (string Name, Func<object> Decide)[]
        {
            ("allowed call, permit issued", benchmarks.Allowed),
            ("blocked at night, next 08:00 found", benchmarks.BlockedAtNight),
            ("blocked by 7-in-7, next instant found", benchmarks.BlockedByFrequency),
        };
        foreach (var (name, decide) in scenarios)
        {
            for (var i = 0; i < warmup; i++)
            {
                decide();
            }

            var thread = Process.GetCurrentProcess();
            var cpuBefore = thread.TotalProcessorTime;
            var wall = Stopwatch.StartNew();
            for (var i = 0; i < decisions; i++)
            {
                decide();
            }

            thread.Refresh();
            var cpu = (thread.TotalProcessorTime - cpuBefore).TotalSeconds;
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{name}: {decisions / cpu:N0} decisions per CPU-second ({cpu * 1e9 / decisions:F0} ns CPU, {wall.Elapsed.TotalNanoseconds / decisions:F0} ns wall each)"));
        }
    }
}
