using Microsoft.Extensions.DependencyInjection;

namespace DebtHub.Infrastructure.Events;

public static class EventsServiceCollectionExtensions
{
    /// <summary>The Redis pub/sub event bus (needs <c>AddRedis</c>).</summary>
    public static IServiceCollection AddEventBus(this IServiceCollection services) => services.AddSingleton<EventBus>();
}
