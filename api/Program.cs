using DebtHub.Api.Health;
using DebtHub.Api.Schema;
using DebtHub.Dialer.Webhooks;
using DebtHub.GraphQL.Transport;
using DebtHub.Infrastructure.Persistence;
using DebtHub.Infrastructure.Redis;
using DebtHub.Infrastructure.Security;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddPersistence(builder.Configuration);
builder.Services.AddRedis(builder.Configuration);
builder.Services.AddSsnProtection();
builder.Services.AddDebtHubHealthChecks();
builder.Services.AddTwilioWebhooks();
builder.Services.AddGraphQL(_ => DebtHubSchema.Build());

var app = builder.Build();

// Migrations run at start-up too, under an advisory lock, so several instances can start at once.
await app.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(app.Lifetime.ApplicationStopping);

app.UseWebSockets();
app.MapDebtHubHealth();
app.MapGraphQL("/graphql");
app.MapTwilioWebhooks();
app.Run();

/// <summary>The API host; public for the test host.</summary>
public partial class Program;
