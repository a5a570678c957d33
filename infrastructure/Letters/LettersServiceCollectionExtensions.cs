using Microsoft.Extensions.DependencyInjection;

namespace DebtHub.Infrastructure.Letters;

public static class LettersServiceCollectionExtensions
{
    /// <summary>Letters: composing (validation notice, plan confirmation, settlement offer) and sending through the contact gateway.</summary>
    public static IServiceCollection AddLetters(this IServiceCollection services)
    {
        services.AddOptions<LetterOptions>().BindConfiguration(LetterOptions.Section);
        services.AddScoped<LetterService>();
        return services;
    }
}
