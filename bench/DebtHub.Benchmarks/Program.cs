using BenchmarkDotNet.Running;

namespace DebtHub.Benchmarks;

/// <summary>Runs the suites named on the command line, e.g. <c>--filter *Compliance*</c>; see bench/README.md.</summary>
public static class BenchmarkEntry
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(BenchmarkEntry).Assembly).Run(args);
}
