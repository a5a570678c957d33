using System.Diagnostics;
using System.Globalization;
using DebtHub.Infrastructure.Security;
using DebtHub.Infrastructure.Seeding;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Spectre.Console;

namespace DebtHub.Cli.Commands;

/// <summary><c>seed [--accounts N] [--seed S] [--as-of YYYY-MM-DD]</c>: the deterministic demo portfolio, into an empty database.</summary>
internal static class SeedCommand
{
    public static async Task<int> RunAsync(CommandOptions options, CancellationToken cancellationToken)
    {
        var accounts = options.GetInt("accounts", SeedOptions.DefaultAccounts);
        var seed = options.GetInt("seed", SeedOptions.DefaultSeed);
        await using var services = Services.Build();
        var clock = services.GetRequiredService<TimeProvider>();
        // Yesterday (UTC), so that nothing generated is dated in the future.
        var asOf = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).AddDays(-1);
        if (options.Get("as-of") is { } text && !DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out asOf))
        {
            Console.Error.WriteLine("--as-of takes a date as YYYY-MM-DD.");
            return 2;
        }

        var seeder = new DemoSeeder(services.GetRequiredService<NpgsqlDataSource>(), services.GetRequiredService<SsnProtector>());
        if (!await seeder.IsEmptyAsync(cancellationToken))
        {
            Console.Error.WriteLine("The database already holds creditors, debtors or collectors: seed loads the demo portfolio into an empty database only.");
            Console.Error.WriteLine("(./debthub run seeds on its first run only; drop the database or use a fresh .data/ to reseed.)");
            return 1;
        }

        var stopwatch = Stopwatch.StartNew();
        SeedSummary? summary = null;
        await AnsiConsole.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask($"seeding {accounts:N0} accounts", maxValue: Math.Max(1, accounts));
                summary = await seeder.SeedAsync(new SeedOptions(accounts, seed, asOf), new Progress<int>(done => task.Value = done), cancellationToken);
                task.Value = task.MaxValue;
            });

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"seeded {summary!.Creditors} creditors, {summary.Portfolios} portfolios, {summary.Collectors} collectors, {summary.Debtors:N0} debtors, {summary.Accounts:N0} accounts, {summary.Phones:N0} phones, {summary.LedgerTransactions:N0} ledger transactions in {stopwatch.Elapsed.TotalSeconds:0.0} s (seed {seed}, as of {asOf:yyyy-MM-dd})"));
        return 0;
    }
}
