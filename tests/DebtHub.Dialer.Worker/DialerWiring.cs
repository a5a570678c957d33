using DebtHub.Infrastructure.Contact;
using DebtHub.Infrastructure.Ledger;
using DebtHub.Infrastructure.Persistence;
using DebtHub.Infrastructure.Redis;
using DebtHub.Infrastructure.Twilio;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace DebtHub.Dialer.Worker;

/// <summary>
/// One dialer instance as a host wires it (persistence, Redis ledger, contact gateway, Twilio client, AddDialer), on the
/// given settings and clock: shared by the tests' in-process DialerHost and this worker process.
/// </summary>
internal static class DialerWiring
{
    public static HostApplicationBuilder CreateBuilder(
        IEnumerable<KeyValuePair<string, string?>> settings, TimeProvider clock, Action<IServiceCollection>? services = null)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddPersistence(builder.Configuration);
        builder.Services.AddRedis(builder.Configuration);
        builder.Services.AddContactLedger();
        builder.Services.AddContactGateway();
        builder.Services.AddTwilio();
        builder.Services.AddDialer(builder.Configuration);
        services?.Invoke(builder.Services);

        // Last, so it wins over AddPersistence's system clock.
        builder.Services.AddSingleton(clock);
        return builder;
    }
}
