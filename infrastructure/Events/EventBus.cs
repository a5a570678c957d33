using System.Text.Json;
using System.Text.Json.Serialization;
using DebtHub.Infrastructure.Redis;
using StackExchange.Redis;

namespace DebtHub.Infrastructure.Events;

/// <summary>
/// Live events over Redis pub/sub, so a subscriber on any API instance hears a change made on any other. Publish after
/// the change is committed. Delivery is at most once (pub/sub keeps nothing): subscribers treat an event as "look
/// again", never as the record; PostgreSQL is the record.
/// </summary>
public sealed class EventBus(RedisConnection redis)
{
    private const string Prefix = "debthub:events:";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>Tells every subscriber of the account that it changed.</summary>
    public Task PublishAsync(AccountChanged change, CancellationToken cancellationToken) =>
        PublishAsync(AccountChannel(change.AccountId), change, cancellationToken);

    /// <summary>Tells the collector's open screens (on any instance) about <paramref name="collectorEvent"/>.</summary>
    public Task PublishAsync(CollectorEvent collectorEvent, CancellationToken cancellationToken) =>
        PublishAsync(CollectorChannel(collectorEvent.CollectorId), collectorEvent, cancellationToken);

    /// <summary>Changes of one account from now on; the Redis subscription is confirmed before this returns.</summary>
    public Task<EventStream<AccountChanged>> SubscribeAsync(AccountSubscription subscription, CancellationToken cancellationToken) =>
        SubscribeAsync<AccountChanged>(AccountChannel(subscription.AccountId), cancellationToken);

    /// <summary>Events of one collector from now on; the Redis subscription is confirmed before this returns.</summary>
    public Task<EventStream<CollectorEvent>> SubscribeAsync(CollectorSubscription subscription, CancellationToken cancellationToken) =>
        SubscribeAsync<CollectorEvent>(CollectorChannel(subscription.CollectorId), cancellationToken);

    private static RedisChannel AccountChannel(Guid accountId) => new($"{Prefix}account:{accountId:N}", RedisChannel.PatternMode.Literal);

    private static RedisChannel CollectorChannel(Guid collectorId) => new($"{Prefix}collector:{collectorId:N}", RedisChannel.PatternMode.Literal);

    private async Task PublishAsync<T>(RedisChannel channel, T message, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        await redis.Subscriber.PublishAsync(channel, JsonSerializer.SerializeToUtf8Bytes(message, Json));
    }

    private async Task<EventStream<T>> SubscribeAsync<T>(RedisChannel channel, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var stream = new EventStream<T>(redis.Subscriber, channel, payload => JsonSerializer.Deserialize<T>((byte[])payload!, Json)!);
        await stream.StartAsync();
        return stream;
    }
}

public readonly record struct AccountSubscription(Guid AccountId);

public readonly record struct CollectorSubscription(Guid CollectorId);
