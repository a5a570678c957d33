namespace DebtHub.Cli.Commands;

internal static class SeedCommand
{
    public static Task<int> RunAsync(CommandOptions options, CancellationToken cancellationToken) => Task.FromResult(2);
}
