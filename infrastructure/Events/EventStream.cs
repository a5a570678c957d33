using System.Threading.Channels;
using StackExchange.Redis;

namespace DebtHub.Infrastructure.Events;

/// <summary>
/// One subscriber's events from one Redis channel, read once as an async stream. The Redis handler only queues (it
/// must not block the multiplexer); a slow reader keeps the newest 256 events. Ending the enumeration unsubscribes.
/// </summary>
public sealed class EventStream<T> : IAsyncEnumerable<T>, IAsyncDisposable
{
    private readonly ISubscriber _subscriber;
    private readonly RedisChannel _channel;
    private readonly Func<RedisValue, T> _read;
    private readonly Channel<T> _queue = Channel.CreateBounded<T>(new BoundedChannelOptions(256)
    {
        FullMode = BoundedChannelFullMode.DropOldest,
        SingleReader = true,
    });

    private readonly Action<RedisChannel, RedisValue> _handler;
    private int _disposed;

    internal EventStream(ISubscriber subscriber, RedisChannel channel, Func<RedisValue, T> read)
    {
        _subscriber = subscriber;
        _channel = channel;
        _read = read;
        _handler = (_, payload) => _queue.Writer.TryWrite(_read(payload));
    }

    internal Task StartAsync() => _subscriber.SubscribeAsync(_channel, _handler);

    public async IAsyncEnumerator<T> GetAsyncEnumerator(CancellationToken cancellationToken = default)
    {
        try
        {
            await foreach (var item in _queue.Reader.ReadAllAsync(cancellationToken))
            {
                yield return item;
            }
        }
        finally
        {
            await DisposeAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            _queue.Writer.TryComplete();
            await _subscriber.UnsubscribeAsync(_channel, _handler);
        }
    }
}
