using DebtHub.Dialer.Webhooks.CallLegs;
using DebtHub.Infrastructure.Twilio;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DebtHub.Dialer.Webhooks;

public static class TwilioWebhookServiceCollectionExtensions
{
    /// <summary>
    /// Registers what <see cref="TwilioWebhookEndpoints.MapTwilioWebhooks"/> needs, Twilio itself included. Call legs
    /// are kept in PostgreSQL, so the host must also call <c>AddPersistence</c>.
    /// </summary>
    public static IServiceCollection AddTwilioWebhooks(this IServiceCollection services)
    {
        services.AddTwilio();
        services.AddOptions<VoiceFlowOptions>().BindConfiguration(VoiceFlowOptions.SectionName).ValidateOnStart();
        services.TryAddScoped<ICallLegStore, EfCallLegStore>();
        services.TryAddSingleton<IAnsweredCallRouter, QueueEveryCallRouter>();
        services.TryAddSingleton<TwilioSignatureFilter>();
        return services;
    }
}
