using DebtHub.Infrastructure.Accounts;
using Microsoft.Extensions.DependencyInjection;

namespace DebtHub.Cli.Commands;

/// <summary>
/// <c>./debthub check-balances</c>: proves every account's stored balances equal the sum of its ledger. Prints account ids
/// and the buckets that differ, never amounts; exits 1 when any account is off.
/// </summary>
internal static class CheckBalancesCommand
{
    public static async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        await using var services = Services.Build();
        var result = await services.GetRequiredService<BalanceCheck>().RunAsync(cancellationToken);
        if (result.Balanced)
        {
            Console.WriteLine($"checked {result.AccountsChecked} accounts: every balance equals the sum of its ledger");
            return 0;
        }

        foreach (var mismatch in result.Mismatches)
        {
            Console.WriteLine($"account {mismatch.AccountId}: {string.Join(", ", mismatch.Buckets)} differ from the ledger");
        }

        Console.WriteLine($"checked {result.AccountsChecked} accounts: {result.Mismatches.Count} do not equal their ledger");
        return 1;
    }
}
