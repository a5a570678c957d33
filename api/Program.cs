using DebtHub.Api.Health;
using DebtHub.Api.Letters;
using DebtHub.Api.Schema;
using DebtHub.Api.Security;
using DebtHub.Dialer;
using DebtHub.Dialer.Webhooks;
using DebtHub.GraphQL.Transport;
using DebtHub.Infrastructure.Contact;
using DebtHub.Infrastructure.Events;
using DebtHub.Infrastructure.Ledger;
using DebtHub.Infrastructure.Letters;
using DebtHub.Infrastructure.Persistence;
using DebtHub.Infrastructure.Redis;
using DebtHub.Infrastructure.Reports;
using DebtHub.Infrastructure.Resolutions;
using DebtHub.Infrastructure.Security;
using DebtHub.Infrastructure.SkipTracing;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddPersistence(builder.Configuration);
builder.Services.AddRedis(builder.Configuration);
builder.Services.AddEventBus();
builder.Services.AddContactLedger();
builder.Services.AddContactGateway();
builder.Services.AddSsnProtection();
builder.Services.AddSkipTracing(builder.Configuration);
builder.Services.AddDebtHubHealthChecks();
builder.Services.AddContactLedgerHealthCheck();
builder.Services.AddTwilioWebhooks();
builder.Services.AddDialer(builder.Configuration);
builder.Services.AddResolutions();
builder.Services.AddLetters();
builder.Services.AddReports();
builder.Services.AddDebtHubAuthentication();
builder.Services.AddSingleton<ReadAuditLog>().AddHostedService(provider => provider.GetRequiredService<ReadAuditLog>());
builder.Services.AddDebtHubSchemaServices();
builder.Services.AddGraphQL(_ => DebtHubSchema.Build(), options =>
{
    // On by default: the collector screen's query is depth 5 and costs well under these.
    options.MaxExecutionDepth = 12;
    options.MaxOperationCost = 5000;
    options.IncludeExceptionDetails = builder.Environment.IsDevelopment();
});

var app = builder.Build();

// Migrations run at start-up too, under an advisory lock, so several instances can start at once.
await app.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(app.Lifetime.ApplicationStopping);

app.UseWebSockets();
app.UseAuthentication();
app.MapDebtHubHealth();
app.MapLetters();
app.MapGraphQL("/graphql", options => options.OnConnect = app.Services.GetRequiredService<WebSocketAuthenticator>().OnConnectAsync);
app.MapTwilioWebhooks();
app.Run();

/// <summary>The API host; public for the test host.</summary>
public partial class Program;
