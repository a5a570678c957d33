using DebtHub.Dialer.Webhooks;
using DebtHub.Dialer.Webhooks.CallLegs;
using DebtHub.Domain.Compliance;
using DebtHub.Domain.Compliance.Facts;
using DebtHub.Infrastructure.Compliance;
using DebtHub.Infrastructure.Contact;
using DebtHub.Infrastructure.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace DebtHub.Dialer.Tests.Webhooks;

/// <summary>The dialer's Twilio webhooks on a real Kestrel at 127.0.0.1, wired as the API host wires them.</summary>
internal sealed class WebhookHost : IAsyncDisposable
{
    public const string AccountSid = "AC00000000000000000000000000000000";
    public const string AuthToken = "sandbox-auth-token";

    private readonly WebApplication _app;

    private WebhookHost(WebApplication app, Uri baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
    }

    public Uri BaseUrl { get; }

    public IServiceProvider Services => _app.Services;

    /// <summary>The store as a request would see it (scoped when it is PostgreSQL).</summary>
    internal ICallLegStore Store => _app.Services.CreateScope().ServiceProvider.GetRequiredService<ICallLegStore>();

    public static async Task<WebhookHost> StartAsync(Uri twilioBaseUrl, string? collector = null, IDictionary<string, string?>? extra = null, TestDatabase? database = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var settings = new Dictionary<string, string?>
        {
            ["Twilio:BaseUrl"] = twilioBaseUrl.AbsoluteUri,
            ["Twilio:AccountSid"] = AccountSid,
            ["Twilio:AuthToken"] = AuthToken,
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        builder.Configuration.AddInMemoryCollection(settings);
        if (collector is not null)
        {
            builder.Services.AddSingleton<IAnsweredCallRouter>(new FixedCollectorRouter(collector));
        }

        if (database is null)
        {
            // The ordering rules are the same in every store; without a database these tests keep legs in memory.
            builder.Services.AddSingleton<ICallLegStore, InMemoryCallLegStore>();
        }
        else
        {
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Postgres"] = database.ConnectionString });
            builder.Services.AddPersistence(builder.Configuration);
        }

        builder.Services.AddTwilioWebhooks();

        // Registered last so it wins: the dialer's clock says noon in New York, so the gate's permits are valid whenever the test runs.
        builder.Services.AddSingleton<TimeProvider>(new FakeTimeProvider(Noon));
        var app = builder.Build();
        app.MapTwilioWebhooks();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new WebhookHost(app, new Uri(address));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    /// <summary>A Wednesday noon in New York: inside calling hours for the test numbers.</summary>
    public static readonly DateTimeOffset Noon = new(2026, 6, 10, 16, 0, 0, TimeSpan.Zero);

    private static readonly Lazy<ComplianceGate> _gate = new(() => new ServiceCollection()
        .AddSingleton<IConfiguration>(new ConfigurationBuilder().Build())
        .AddCompliance()
        .BuildServiceProvider()
        .GetRequiredService<ComplianceGate>());

    /// <summary>A permit from the real compliance gate for a landline at a New York address, asked at <see cref="Noon"/>.</summary>
    public static ContactPermit Permit(string destination)
    {
        var facts = new ContactFacts(
            new DebtorFacts(Guid.NewGuid()), [new DebtFacts(Guid.NewGuid())], [new PhoneFacts(destination, LineType.Landline, PhoneUse.Home)],
            [new AddressFacts("10001", "NY")], [], [], null, [], [], [], [], new CreditorFacts(Guid.NewGuid(), CollectionRegime.ThirdParty), null);
        var decision = _gate.Value.Decide(new ContactRequest(ContactChannel.Call, ContactMode.ManualDial, destination, Noon), facts);
        return decision.Permit ?? throw new InvalidOperationException(string.Join("; ", decision.BlockedBy.Select(b => b.Explanation)));
    }

    /// <summary>
    /// <see cref="Permit"/> as if the ledger had confirmed it, for tests of the webhooks alone; the dialer's own tests get
    /// their confirmed attempts from the real contact gateway.
    /// </summary>
    public static ConfirmedAttempt ConfirmedCall(string destination) => new(Permit(destination), Noon, null, null);

    private sealed class FixedCollectorRouter(string collector) : IAnsweredCallRouter
    {
        public ValueTask<string?> PickCollectorAsync(string callSid, CancellationToken cancellationToken) => ValueTask.FromResult<string?>(collector);
    }
}
