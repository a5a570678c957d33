using DebtHub.Infrastructure.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace DebtHub.Cli.Commands;

internal static class MigrateCommand
{
    public static async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        await using var services = Services.Build();
        var applied = await services.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancellationToken);
        Console.WriteLine(applied.Count == 0 ? "database schema is up to date" : $"applied {string.Join(", ", applied)}");
        return 0;
    }
}
