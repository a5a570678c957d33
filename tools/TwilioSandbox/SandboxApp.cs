using DebtHub.TwilioSandbox.Api;
using DebtHub.TwilioSandbox.Callbacks;
using DebtHub.TwilioSandbox.Simulation;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace DebtHub.TwilioSandbox;

/// <summary>Builds the sandbox, for <c>dotnet run</c> and for tests that start it in-process.</summary>
public static class SandboxApp
{
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateSlimBuilder(args);
        configure?.Invoke(builder);
        builder.Services.AddOptions<SandboxOptions>().BindConfiguration(SandboxOptions.SectionName)
            .Validate(o => o.CallsPerSecond > 0 && o.TimeScale > 0, "Sandbox:CallsPerSecond and Sandbox:TimeScale must be positive.")
            .Validate(o => o.RulesFile is null || File.Exists(o.RulesFile), "Sandbox:RulesFile does not exist (a relative path is relative to the working directory, which `dotnet run` sets to the project folder).")
            .ValidateOnStart();
        // A test may bring its own clock (registered by configure), as Twilio's clock agrees with the dialer's.
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<SandboxClock>();
        builder.Services.AddSingleton<CallRegistry>();
        builder.Services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<SandboxOptions>>().Value;
            return CallScripts.Load(options.RulesFile, options.Seed);
        });
        builder.Services.AddSingleton<TwimlRunner>();
        builder.Services.AddSingleton<CallSimulator>();
        builder.Services.AddHttpClient<CallbackClient>(http => http.Timeout = TimeSpan.FromSeconds(15));

        var app = builder.Build();

        // Read the rules now, so a broken file stops start-up instead of failing the first call.
        app.Lifetime.ApplicationStarted.Register(() => app.Services.GetRequiredService<CallScripts>());
        app.MapGet("/", () => "DebtHub Twilio sandbox: API 2010-04-01 Calls");
        app.MapCallsApi();
        return app;
    }
}
