using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using DebtHub.Api.Tests.Support;
using Npgsql;

namespace DebtHub.Api.Tests;

/// <summary>The real API host over a fresh database on the real PostgreSQL and the real Redis that ./debthub test starts.</summary>
public sealed class ApiFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string VoiceApiKeySid = "SK00000000000000000000000000000001";
    public const string VoiceApiKeySecret = "test-api-key-secret";
    public const string VoiceApplicationSid = "AP00000000000000000000000000000002";

    private readonly string _server = Environment.GetEnvironmentVariable("DEBTHUB_TEST_POSTGRES")
        ?? throw new InvalidOperationException("DEBTHUB_TEST_POSTGRES is not set: run the tests with ./debthub test.");

    private readonly string _database = $"{Environment.GetEnvironmentVariable("DEBTHUB_TEST_DB_PREFIX") ?? "debthub_test"}_api_{Guid.NewGuid():N}"[..40];

    public string RedisConnection { get; set; } = Environment.GetEnvironmentVariable("DEBTHUB_TEST_REDIS") ?? "127.0.0.1:56379";

    /// <summary>More configuration for a fixture that needs it (a vendor sandbox's address), set before the host starts.</summary>
    public IDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("ConnectionStrings:Postgres", new NpgsqlConnectionStringBuilder(_server) { Database = _database }.ConnectionString);
        builder.UseSetting("ConnectionStrings:Redis", RedisConnection);
        builder.UseSetting("Security:SsnEncryptionKey", Convert.ToBase64String(new byte[32]));
        builder.UseSetting("Twilio:AccountSid", "AC00000000000000000000000000000000");
        builder.UseSetting("Twilio:AuthToken", "test-auth-token");
        builder.UseSetting("Twilio:ApiKeySid", VoiceApiKeySid);
        builder.UseSetting("Twilio:ApiKeySecret", VoiceApiKeySecret);
        builder.UseSetting("Twilio:Voice:OutgoingApplicationSid", VoiceApplicationSid);
        builder.UseSetting("Security:SsnHashKey", Convert.ToBase64String(Enumerable.Repeat((byte)7, 32).ToArray()));
        builder.UseSetting("Auth:SigningKey", Tokens.SigningKey);
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
    }

    public async Task InitializeAsync()
    {
        await using var server = NpgsqlDataSource.Create(_server);
        await using var create = server.CreateCommand($"create database \"{_database}\"");
        await create.ExecuteNonQueryAsync();
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        await using var server = NpgsqlDataSource.Create(_server);
        await using var drop = server.CreateCommand($"drop database if exists \"{_database}\" with (force)");
        await drop.ExecuteNonQueryAsync();
    }
}
