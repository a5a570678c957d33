using StackExchange.Redis;

namespace DebtHub.Infrastructure.Redis;

/// <summary>
/// One multiplexed connection to Redis for the process, opened on first use. It never aborts start-up: while Redis is
/// down, callers see it as unavailable (and the contact ledger fails closed), and it reconnects by itself.
/// </summary>
public sealed class RedisConnection(string configuration) : IDisposable
{
    private readonly Lazy<ConnectionMultiplexer> _multiplexer = new(() =>
    {
        var options = ConfigurationOptions.Parse(configuration);
        options.AbortOnConnectFail = false;
        options.ConnectTimeout = 2000;
        options.SyncTimeout = 2000;
        return ConnectionMultiplexer.Connect(options);
    });

    public IDatabase Database => _multiplexer.Value.GetDatabase();

    /// <summary>Pub/sub over the same connection (events fan out to every API instance).</summary>
    public ISubscriber Subscriber => _multiplexer.Value.GetSubscriber();

    public bool IsConnected => _multiplexer.Value.IsConnected;

    public void Dispose()
    {
        if (_multiplexer.IsValueCreated)
        {
            _multiplexer.Value.Dispose();
        }
    }
}
