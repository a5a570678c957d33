using System.Collections.Concurrent;
using DebtHub.Infrastructure.Twilio.Webhooks;
using DebtHub.TwilioSandbox;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DebtHub.Infrastructure.Tests.Twilio.Support;

/// <summary>A web app on 127.0.0.1 with a free port, stopped on dispose.</summary>
internal sealed class LoopbackApp(WebApplication app) : IAsyncDisposable
{
    public Uri BaseUrl { get; } = new(app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First());

    public IServiceProvider Services => app.Services;

    public static async Task<LoopbackApp> StartAsync(WebApplication app)
    {
        await app.StartAsync();
        return new LoopbackApp(app);
    }

    /// <summary>The Twilio sandbox, in-process, with sped-up time.</summary>
    public static Task<LoopbackApp> SandboxAsync(double timeScale = 20, double callsPerSecond = 10, string authToken = TwilioTestServices.AuthToken) =>
        StartAsync(SandboxApp.Build([], builder =>
        {
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Logging.ClearProviders();
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Sandbox:AccountSid"] = TwilioTestServices.AccountSid,
                ["Sandbox:AuthToken"] = authToken,
                ["Sandbox:TimeScale"] = timeScale.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["Sandbox:CallsPerSecond"] = callsPerSecond.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["Sandbox:Seed"] = "7",
            });
        }));

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}

/// <summary>
/// A tiny application standing where ours would: it answers the answer URL with fixed TwiML and records every
/// request Twilio (the sandbox) sends, with whether its X-Twilio-Signature checked out.
/// </summary>
internal sealed class CallbackListener
{
    public const string Twiml = """<?xml version="1.0" encoding="UTF-8"?><Response><Say>Hello from the test</Say><Pause length="1"/><Hangup/></Response>""";

    public ConcurrentQueue<(string Path, Dictionary<string, string> Form, bool SignatureValid)> Received { get; } = new();

    public static async Task<(LoopbackApp App, CallbackListener Listener)> StartAsync(string authToken)
    {
        var listener = new CallbackListener();
        var validator = new TwilioRequestValidator(authToken);
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapPost("/{**path}", async (HttpContext http) =>
        {
            var form = await http.Request.ReadFormAsync();
            var url = $"{http.Request.Scheme}://{http.Request.Host}{http.Request.Path}{http.Request.QueryString}";
            var pairs = form.SelectMany(f => f.Value.Select(v => new KeyValuePair<string, string>(f.Key, v ?? ""))).ToList();
            var valid = validator.IsValid(url, pairs, http.Request.Headers["X-Twilio-Signature"]);
            listener.Received.Enqueue((http.Request.Path.Value!, pairs.ToDictionary(p => p.Key, p => p.Value), valid));
            return http.Request.Path == "/answer" ? Results.Content(Twiml, "application/xml") : Results.NoContent();
        });
        return (await LoopbackApp.StartAsync(app), listener);
    }
}
