namespace DebtHub.Cli.Commands;

internal static class ImportCommand
{
    public static Task<int> RunAsync(CommandOptions options, CancellationToken cancellationToken) => Task.FromResult(2);
}
