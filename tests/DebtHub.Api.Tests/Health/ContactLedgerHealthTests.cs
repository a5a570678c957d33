using System.Net;
using System.Text.Json;

namespace DebtHub.Api.Tests.Health;

public sealed class ContactLedgerHealthTests : IAsyncLifetime
{
    private readonly ApiFactory _api = new() { RedisConnection = "127.0.0.1:1" };

    public Task InitializeAsync() => _api.InitializeAsync();

    public Task DisposeAsync() => ((IAsyncLifetime)_api).DisposeAsync();

    [Fact]
    public async Task Readiness_says_that_every_contact_is_refused_and_why_while_Redis_is_down()
    {
        using var client = _api.CreateClient();

        var description = string.Empty;
        for (var i = 0; i < 50 && !description.Contains("Redis is unreachable", StringComparison.Ordinal); i++)
        {
            var ready = await client.GetAsync("/health/ready");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
            using var body = JsonDocument.Parse(await ready.Content.ReadAsStringAsync());
            var ledger = body.RootElement.GetProperty("checks").GetProperty("contact-ledger");
            Assert.Equal("Degraded", ledger.GetProperty("status").GetString());
            description = ledger.GetProperty("description").GetString()!;
            Assert.StartsWith("Every contact is refused", description, StringComparison.Ordinal);
            await Task.Delay(200);
        }

        Assert.Contains("Redis is unreachable", description, StringComparison.Ordinal);
    }
}
