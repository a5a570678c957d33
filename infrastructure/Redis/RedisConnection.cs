using StackExchange.Redis;

namespace DebtHub.Infrastructure.Redis;

/// <summary>
/// The process's connections to Redis, opened on first use. They never abort start-up: while Redis is down, callers see
/// it as unavailable (and the contact ledger fails closed), and they reconnect by themselves.
/// Commands and pub/sub use separate multiplexers: commands complete in any order (each caller awaits its own reply, and
/// StackExchange.Redis 1.2.6's in-order completion queue cost the ledger a fifth of its reservations per second), while
/// events keep their order.
/// </summary>
public sealed class RedisConnection(string configuration) : IDisposable
{
    private readonly Lazy<ConnectionMultiplexer> _commands = new(() => Connect(configuration, preserveAsyncOrder: false));

    private readonly Lazy<ConnectionMultiplexer> _events = new(() => Connect(configuration, preserveAsyncOrder: true));

    public IDatabase Database => _commands.Value.GetDatabase();

    /// <summary>Pub/sub, in publication order (events fan out to every API instance).</summary>
    public ISubscriber Subscriber => _events.Value.GetSubscriber();

    public bool IsConnected => _commands.Value.IsConnected;

    private static ConnectionMultiplexer Connect(string configuration, bool preserveAsyncOrder)
    {
        var options = ConfigurationOptions.Parse(configuration);
        options.AbortOnConnectFail = false;
        options.ConnectTimeout = 2000;
        options.SyncTimeout = 2000;
        var multiplexer = ConnectionMultiplexer.Connect(options);
        multiplexer.PreserveAsyncOrder = preserveAsyncOrder;
        return multiplexer;
    }

    public void Dispose()
    {
        foreach (var multiplexer in new[] { _commands, _events })
        {
            if (multiplexer.IsValueCreated)
            {
                multiplexer.Value.Dispose();
            }
        }
    }
}
