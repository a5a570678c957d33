using DebtHub.Dialer.Webhooks;
using DebtHub.Dialer.Webhooks.CallLegs;
using DebtHub.Domain.Compliance;
using DebtHub.Domain.Compliance.Facts;
using DebtHub.Infrastructure.Compliance;
using DebtHub.Infrastructure.Contact;
using DebtHub.Infrastructure.Events;
using DebtHub.Infrastructure.Ledger;
using DebtHub.Infrastructure.Persistence;
using DebtHub.Infrastructure.Redis;
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
    private readonly TestDatabase? _ownDatabase;

    private WebhookHost(WebApplication app, Uri baseUrl, TestDatabase database, bool ownsDatabase)
    {
        _app = app;
        BaseUrl = baseUrl;
        Database = database;
        _ownDatabase = ownsDatabase ? database : null;
    }

    public TestDatabase Database { get; }

    public Uri BaseUrl { get; }

    public IServiceProvider Services => _app.Services;

    /// <summary>The store as a request would see it.</summary>
    internal ICallLegStore Store => _app.Services.CreateScope().ServiceProvider.GetRequiredService<ICallLegStore>();

    /// <summary>
    /// Webhooks as the API host wires them: call legs, routing and outcomes in PostgreSQL (a fresh database unless one is
    /// given), results through the contact ledger and screen pops through the event bus on the test Redis.
    /// </summary>
    public static async Task<WebhookHost> StartAsync(
        Uri twilioBaseUrl, IDictionary<string, string?>? extra = null, TestDatabase? database = null, string? redis = null, TimeProvider? clock = null)
    {
        var ownsDatabase = database is null;
        database ??= await TestDatabase.CreateAsync();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var settings = new Dictionary<string, string?>
        {
            ["Twilio:BaseUrl"] = twilioBaseUrl.AbsoluteUri,
            ["Twilio:AccountSid"] = AccountSid,
            ["Twilio:AuthToken"] = AuthToken,
            ["ConnectionStrings:Postgres"] = database.ConnectionString,
            ["ConnectionStrings:Redis"] = redis ?? TestRedis.Configuration,
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddPersistence(builder.Configuration);
        builder.Services.AddRedis(builder.Configuration);
        builder.Services.AddEventBus();
        builder.Services.AddContactLedger();
        builder.Services.AddTwilioWebhooks();

        // Registered last so it wins: the dialer's clock says noon in New York, so the gate's permits are valid whenever the test
        // runs (or the clock a test shares with its dialer host).
        builder.Services.AddSingleton(clock ?? new FakeTimeProvider(Noon));
        var app = builder.Build();
        app.MapTwilioWebhooks();
        try
        {
            await app.StartAsync();
        }
        catch when (ownsDatabase)
        {
            await app.DisposeAsync();
            await database.DisposeAsync();
            throw;
        }

        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new WebhookHost(app, new Uri(address), database, ownsDatabase);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        if (_ownDatabase is not null)
        {
            await _ownDatabase.DisposeAsync();
        }
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
    /// <see cref="Permit"/> as if the ledger had confirmed it (its contact_attempts row is written by the test), for
    /// tests of the webhooks alone.
    /// </summary>
    public static ConfirmedAttempt ConfirmedCall(string destination, Guid? campaignId = null) => new(Permit(destination), Noon, null, campaignId);
}
