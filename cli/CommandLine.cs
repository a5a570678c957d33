using DebtHub.Cli.Commands;

namespace DebtHub.Cli;

internal static class CommandLine
{
    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length == 0)
        {
            return Usage();
        }

        using var cancellation = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancellation.Cancel();
        };

        var options = CommandOptions.Parse(args[1..]);
        return args[0] switch
        {
            "migrate" => await MigrateCommand.RunAsync(cancellation.Token),
            "schema-script" => SchemaScriptCommand.Run(),
            "seed" => await SeedCommand.RunAsync(options, cancellation.Token),
            "import" => await ImportCommand.RunAsync(options, cancellation.Token),
            "token" => TokenCommand.Run(options),
            "check-balances" => await CheckBalancesCommand.RunAsync(cancellation.Token),
            _ => Usage(),
        };
    }

    private static int Usage()
    {
        Console.Error.WriteLine("usage: debthub-cli migrate | schema-script | seed [--accounts N] [--seed S] | import FILE --creditor NAME [--portfolio NAME] | token --user U --role R | check-balances");
        return 2;
    }
}
