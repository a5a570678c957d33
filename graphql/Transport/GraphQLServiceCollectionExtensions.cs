using DebtHub.GraphQL.Execution;
using DebtHub.GraphQL.Execution.DataLoader;
using DebtHub.GraphQL.Execution.Options;
using DebtHub.GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DebtHub.GraphQL.Transport;

/// <summary>Registers the schema's request pipeline, served by <c>MapGraphQL</c>.</summary>
public static class GraphQLServiceCollectionExtensions
{
    /// <summary>
    /// Registers the pipeline for <paramref name="schema"/> and a per-request <see cref="DataLoaderScheduler"/>
    /// (resolvers get their loaders from request services, so each request has its own DataLoader cache).
    /// </summary>
    public static IServiceCollection AddGraphQL(this IServiceCollection services, Func<IServiceProvider, Schema> schema, Action<GraphQLOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(schema);
        var options = new GraphQLOptions();
        configure?.Invoke(options);
        services.AddSingleton(options);
        services.AddScoped<DataLoaderScheduler>();
        services.AddSingleton<IRequestExecutor>(provider => new RequestExecutor(
            schema(provider), options, provider.GetService<TimeProvider>() ?? TimeProvider.System, Pipeline.Validate,
            logger: provider.GetService<ILoggerFactory>()?.CreateLogger("DebtHub.GraphQL")));
        return services;
    }
}
