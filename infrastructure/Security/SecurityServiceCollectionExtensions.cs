using Microsoft.Extensions.DependencyInjection;

namespace DebtHub.Infrastructure.Security;

public static class SecurityServiceCollectionExtensions
{
    public static IServiceCollection AddSsnProtection(this IServiceCollection services)
    {
        services.AddOptions<SecurityOptions>().BindConfiguration(SecurityOptions.Section)
            .Validate(o => !string.IsNullOrWhiteSpace(o.SsnEncryptionKey) && !string.IsNullOrWhiteSpace(o.SsnHashKey),
                "Security:SsnEncryptionKey and Security:SsnHashKey must be set (base64, 32 bytes each).")
            .ValidateOnStart();
        services.AddSingleton<SsnProtector>();
        return services;
    }
}
