using DebtHub.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DebtHub.Cli.Commands;

/// <summary>
/// Prints the DDL EF Core derives from the model: the starting point when writing a new SQL migration by hand
/// (Microsoft.EntityFrameworkCore.Design cannot be restored here, so `dotnet ef migrations add` is not available).
/// </summary>
internal static class SchemaScriptCommand
{
    public static int Run()
    {
        var options = new DbContextOptionsBuilder<DebtHubDbContext>().UseNpgsql("Host=unused").Options;
        using var context = new DebtHubDbContext(options);
        Console.WriteLine(context.Database.GenerateCreateScript());
        return 0;
    }
}
