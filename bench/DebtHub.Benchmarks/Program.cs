using BenchmarkDotNet.Running;

namespace DebtHub.Benchmarks;

/// <summary>Runs the suites named on the command line, e.g. <c>--filter *Compliance*</c>; see bench/README.md.</summary>
public static class BenchmarkEntry
{
    public static void Main(string[] args)
    {
        if (args is ["graphql-http-host", ..])
        {
            GraphQL.ExecutionHttpHost.Run(args.Length > 1 ? args[1] : "http://127.0.0.1:5099");
            return;
        }

        if (args is ["account-screen-host", ..])
        {
            Api.AccountScreenHost.Run(args.Length > 1 ? args[1] : "http://127.0.0.1:5098");
            return;
        }

        if (args is ["--graphql-cpu"])
        {
            GraphQL.ExecutionCpuTime.Run();
            return;
        }

        if (args is ["--ledger-throughput", ..])
        {
            Ledger.LedgerThroughput.RunAsync(args).GetAwaiter().GetResult();
            return;
        }

        if (args is ["--dialer-throughput", ..])
        {
            Dialer.DialerThroughput.RunAsync(args).GetAwaiter().GetResult();
            return;
        }

        if (args is ["--hopper-claim", ..])
        {
            Dialer.HopperClaim.RunAsync(args).GetAwaiter().GetResult();
            return;
        }

        if (args is ["--gate-cpu-throughput"])
        {
            Compliance.GateThroughput.Run();
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(BenchmarkEntry).Assembly).Run(args);
    }
}
