using System.Diagnostics;
using DebtHub.Domain.Accounts;
using DebtHub.Domain.Common;
using DebtHub.Domain.Creditors;
using DebtHub.Domain.Debtors;
using DebtHub.Infrastructure.Tests.Persistence;
using DebtHub.LedgerLoad;

namespace DebtHub.Infrastructure.Tests.Ledger.Support;

/// <summary>
/// Reservers in two processes — this one and a DebtHub.LedgerLoad child — against one database and the test's own
/// redis-server, on simulated clocks that share an origin (a week passes in about 30 seconds; permits live the 15 minutes the rule-set validator allows, 45 ms of real time).
/// </summary>
internal static class LoadRun
{
    /// <summary>Monday 8 June 2026, 12:00 UTC: 08:00 in New York, the start of a calling day.</summary>
    public static readonly DateTimeOffset SimulatedStart = new(2026, 6, 8, 12, 0, 0, TimeSpan.Zero);

    public const double Speed = 20_000;

    public static async Task SeedDebtorsAsync(PostgresFixture database, int count)
    {
        await using var db = database.NewContext();
        var now = SimulatedStart.AddDays(-60);
        var creditor = Creditor.Create($"Load creditor {Guid.NewGuid():N}", CreditorRegime.ThirdParty, CreditorRules.Default, now);
        var portfolio = creditor.PlacePortfolio("Load", new DateOnly(2026, 3, 1), now);
        db.AddRange(creditor, portfolio);
        for (var i = 0; i < count; i++)
        {
            var debtor = Debtor.CreatePerson("Load", null, $"Debtor{i}", new DateOnly(1980, 5, 17), "en", now);
            db.Add(debtor);
            for (var a = 0; a < 2; a++)
            {
                db.Add(Account.Place(new AccountPlacement(
                    debtor.Id, creditor.Id, portfolio.Id, $"LD-{Guid.NewGuid():N}"[..20], "First Bank", "First Bank", AccountType.CreditCard,
                    new Money(500m, "USD"), 0m, 0m, new DateOnly(2026, 1, 31), new DateOnly(2026, 1, 31), new DateOnly(2025, 10, 1),
                    null, new DateOnly(2030, 1, 31), "NY"), now));
            }
        }

        await db.SaveChangesAsync();
    }

    public static LoadSettings Settings(PostgresFixture database, RedisProcess redis, int workers, TimeSpan duration, int seed) => new(
        database.ConnectionString,
        redis.Configuration,
        workers,
        duration,
        TimeProvider.System.GetUtcNow(),
        SimulatedStart,
        Speed,
        PermitLifetime: TimeSpan.FromMinutes(15),
        ConfirmGrace: TimeSpan.FromHours(3),
        seed);

    /// <summary>Starts the second process; its counts arrive when it exits.</summary>
    public static async Task<LoadStats> RunChildAsync(LoadSettings settings)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "DebtHub.LedgerLoad.dll"));
        foreach (var arg in settings.ToArguments())
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("The load process did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var lines = (await output).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (process.ExitCode != 0 || lines.Length == 0)
        {
            var text = await errors;
            throw new InvalidOperationException($"The load process failed ({process.ExitCode}): {text[Math.Max(0, text.Length - 4000)..]}");
        }

        return LoadStats.Parse(lines[^1]);
    }
}
