using DebtHub.Infrastructure.Ledger;
using Microsoft.Extensions.DependencyInjection;

namespace DebtHub.Api.Tests.Support;

/// <summary>
/// The host rebuilds the contact ledger from PostgreSQL after start-up (on a Redis that never held it, after the confirm
/// grace); until then every contact is refused, so a test that places one waits for it first.
/// </summary>
internal static class LedgerWait
{
    public static async Task LedgerReadyAsync(this IServiceProvider services)
    {
        var ledger = services.GetRequiredService<IContactLedger>();
        for (var waited = 0; !ledger.Status.Ready && waited < 240; waited++)
        {
            await Task.Delay(500);
        }

        Assert.True(ledger.Status.Ready, ledger.Status.Reason);
    }
}
