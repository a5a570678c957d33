namespace DebtHub.Cli.Commands;

internal static class TokenCommand
{
    public static int Run(CommandOptions options) => 2;
}
