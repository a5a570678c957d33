using DebtHub.Infrastructure.Persistence;
using DebtHub.Infrastructure.Security;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DebtHub.Cli;

/// <summary>The same registrations the API host uses, configured from the environment ./debthub exports.</summary>
internal static class Services
{
    public static ServiceProvider Build()
    {
        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddPersistence(configuration);
        services.AddSsnProtection();
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
    }
}
