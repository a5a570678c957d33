using System.Net.Http.Json;
using System.Text.Json;
using DebtHub.TwilioSandbox;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DebtHub.Dialer.Tests.Webhooks;

/// <summary>The Twilio sandbox started in-process on 127.0.0.1, with a rules file and sped-up time.</summary>
internal sealed class SandboxHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly string _rulesFile;

    private SandboxHost(WebApplication app, Uri baseUrl, string rulesFile)
    {
        _app = app;
        BaseUrl = baseUrl;
        _rulesFile = rulesFile;
    }

    public Uri BaseUrl { get; }

    /// <param name="port">A fixed port (0: any free one); a sandbox started again on its predecessor's port has forgotten its calls, as a Twilio that never had them.</param>
    /// <param name="configure">More of the sandbox's set-up (e.g. its clock, a middleware in front of its API).</param>
    public static async Task<SandboxHost> StartAsync(
        object rules, double timeScale = 20, double callsPerSecond = 10, int port = 0, Action<WebApplicationBuilder>? configure = null)
    {
        var rulesFile = Path.Combine(Path.GetTempPath(), $"sandbox-rules-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(rulesFile, JsonSerializer.Serialize(rules, new JsonSerializerOptions(JsonSerializerDefaults.Web)));
        var app = SandboxApp.Build([], builder =>
        {
            builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
            builder.Logging.ClearProviders();
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Sandbox:AccountSid"] = WebhookHost.AccountSid,
                ["Sandbox:AuthToken"] = WebhookHost.AuthToken,
                ["Sandbox:TimeScale"] = timeScale.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["Sandbox:CallsPerSecond"] = callsPerSecond.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["Sandbox:RulesFile"] = rulesFile,
            });
            configure?.Invoke(builder);
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new SandboxHost(app, new Uri(address), rulesFile);
    }

    public async Task<SandboxTimeline> TimelineAsync(string callSid)
    {
        using var http = new HttpClient { BaseAddress = BaseUrl };
        return (await http.GetFromJsonAsync<SandboxTimeline>($"sandbox/calls/{callSid}/timeline"))!;
    }

    /// <summary>Every call the sandbox was asked to place, through its REST API (Calls.json, page by page).</summary>
    public async Task<IReadOnlyList<SandboxCallJson>> CallsAsync()
    {
        using var http = new HttpClient { BaseAddress = BaseUrl };
        http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue(
            "Basic", Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"{WebhookHost.AccountSid}:{WebhookHost.AuthToken}")));
        var calls = new List<SandboxCallJson>();
        string? next = $"2010-04-01/Accounts/{WebhookHost.AccountSid}/Calls.json?PageSize=1000";
        while (next is not null)
        {
            var page = (await http.GetFromJsonAsync<SandboxCallPage>(next))!;
            calls.AddRange(page.Calls);
            next = page.Next_Page_Uri?.TrimStart('/');
        }

        return calls;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        File.Delete(_rulesFile);
    }
}

internal sealed record SandboxTimeline(string Sid, string Status, string? Answered_By, IReadOnlyList<string> Timeline);

internal sealed record SandboxCallPage(IReadOnlyList<SandboxCallJson> Calls, string? Next_Page_Uri);

internal sealed record SandboxCallJson(string Sid, string To, string From, string Status);
