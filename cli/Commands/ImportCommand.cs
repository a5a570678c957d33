using DebtHub.Infrastructure.Import;
using DebtHub.Infrastructure.Persistence;
using DebtHub.Infrastructure.Security;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace DebtHub.Cli.Commands;

/// <summary><c>import FILE --creditor NAME [--portfolio NAME]</c>: a placement file, all or nothing (docs/import.md).</summary>
internal static class ImportCommand
{
    private const int ErrorsShown = 200;

    public static async Task<int> RunAsync(CommandOptions options, CancellationToken cancellationToken)
    {
        if (options.Positional.Count != 1 || options.Get("creditor") is not { Length: > 0 } creditor || creditor == "true")
        {
            Console.Error.WriteLine("usage: debthub import FILE --creditor NAME [--portfolio NAME]");
            return 2;
        }

        var path = options.Positional[0];
        if (!File.Exists(path))
        {
            Console.Error.WriteLine($"{path}: no such file.");
            return 1;
        }

        await using var services = Services.Build();
        await using var scope = services.CreateAsyncScope();
        var importer = new PlacementImporter(
            scope.ServiceProvider.GetRequiredService<DebtHubDbContext>(),
            scope.ServiceProvider.GetRequiredService<SsnProtector>(),
            scope.ServiceProvider.GetRequiredService<TimeProvider>());
        var request = new PlacementImportRequest(creditor, options.Get("portfolio"), Path.GetFileName(path));

        await using var file = File.OpenRead(path);
        PlacementImportResult? result = null;
        await AnsiConsole.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask($"checking {Path.GetFileName(path)}", maxValue: Math.Max(1, file.Length));
                result = await importer.ImportAsync(file, request, new Progress<long>(read => task.Value = read), cancellationToken);
                task.Value = task.MaxValue;
            });

        if (!result!.Succeeded)
        {
            Console.Error.WriteLine($"{path}: nothing was imported; {result.Errors.Count} problem(s) to fix:");
            foreach (var error in result.Errors.Take(ErrorsShown))
            {
                Console.Error.WriteLine($"  {error}");
            }

            if (result.Errors.Count > ErrorsShown)
            {
                Console.Error.WriteLine($"  ... and {result.Errors.Count - ErrorsShown} more.");
            }

            return 1;
        }

        Console.WriteLine($"imported {result.Accounts:N0} accounts of {result.Debtors:N0} debtors into portfolio \"{result.PortfolioName}\" ({result.PortfolioId}) of {creditor}");
        return 0;
    }
}
