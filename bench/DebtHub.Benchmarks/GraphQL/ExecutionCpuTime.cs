using System.Diagnostics;
using System.Globalization;

namespace DebtHub.Benchmarks.GraphQL;

/// <summary>
/// The <see cref="ExecutionBenchmarks"/> scenarios timed in process CPU time rather than wall time: on a shared, loaded
/// machine wall-clock figures include time the thread waited for a core, CPU time does not.
/// Run: <c>dotnet run -c Release --project bench/DebtHub.Benchmarks -- --graphql-cpu</c>.
/// </summary>
public static class ExecutionCpuTime
{
    public static void Run()
    {
        var benchmarks = new ExecutionBenchmarks();
        benchmarks.Setup();
        var scenarios = new (string Name, Func<Task<int>> Run, int Count)[]
        {
            ("ThreeFieldQuery", benchmarks.ThreeFieldQuery, 1_000_000),
            ("FullIntrospectionQuery", benchmarks.FullIntrospectionQuery, 20_000),
            ("ListOf100WithFragment", benchmarks.ListOf100WithFragment, 20_000),
        };
        foreach (var (name, run, count) in scenarios)
        {
            Measure(run, count / 5);
            var (cpu, wall, allocated) = Measure(run, count);
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{name}: {cpu * 1e6 / count:F2} µs CPU, {wall * 1e6 / count:F2} µs wall, {allocated / (double)count / 1024:F2} KB allocated per operation ({count:N0} operations)"));
        }
    }

    private static (double Cpu, double Wall, long Allocated) Measure(Func<Task<int>> run, int count)
    {
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var wall = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            run().GetAwaiter().GetResult();
        }

        wall.Stop();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        process.Refresh();
        return ((process.TotalProcessorTime - cpuBefore).TotalSeconds, wall.Elapsed.TotalSeconds, allocated);
    }
}
