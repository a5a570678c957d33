using DebtHub.Dialer.Outcomes;
using DebtHub.Dialer.Routing;
using DebtHub.Dialer.Webhooks.CallLegs;
using DebtHub.Infrastructure.Twilio;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace DebtHub.Dialer.Webhooks;

public static class TwilioWebhookServiceCollectionExtensions
{
    /// <summary>
    /// Registers what <see cref="TwilioWebhookEndpoints.MapTwilioWebhooks"/> needs, Twilio itself included: the call
    /// legs, routing to collectors and the calls' outcomes. The host must also call <c>AddPersistence</c>,
    /// <c>AddContactLedger</c> (results are written through it) and <c>AddEventBus</c> (screen pops).
    /// </summary>
    public static IServiceCollection AddTwilioWebhooks(this IServiceCollection services)
    {
        services.AddTwilio();
        services.AddOptions<VoiceFlowOptions>().BindConfiguration(VoiceFlowOptions.SectionName).ValidateOnStart();
        services.TryAddSingleton<IValidateOptions<VoiceFlowOptions>, VoiceFlowOptionsValidator>();
        services.TryAddScoped<ICallLegStore, EfCallLegStore>();
        services.TryAddScoped<CallRouter>();
        services.TryAddScoped<CallOutcomes>();
        services.TryAddSingleton<TwilioSignatureFilter>();
        return services;
    }
}
