using System.Net.WebSockets;
using System.Text.Json;
using DebtHub.Api.Tests.Support;
using DebtHub.Infrastructure.Events;
using Microsoft.Extensions.DependencyInjection;

namespace DebtHub.Api.Tests.Subscriptions;

public sealed class SubscriptionTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private const string AccountChanged = """
        subscription($id: ID!) { accountChanged(accountId: $id) { change actor account { creditorAccountNumber balance } } }
        """;

    [Fact]
    public async Task A_change_published_on_another_API_instance_reaches_the_subscriber_over_Redis()
    {
        var world = await TestPortfolio.CreateAsync(api);
        await using var otherInstance = new ApiFactory();
        await otherInstance.InitializeAsync();
        try
        {
            await using var socket = await GraphQLWsClient.ConnectAsync(api.Server, Tokens.For(world.Ann, "collector"));
            Assert.Equal("connection_ack", (await socket.ReceiveAsync())?.GetProperty("type").GetString());
            await socket.SubscribeAsync("1", AccountChanged, new { id = world.AnnAccount });

            var bus = otherInstance.Services.GetRequiredService<EventBus>();
            var next = await PublishUntilReceivedAsync(socket, () => bus.PublishAsync(
                new AccountChanged(world.AnnAccount, AccountChange.PaymentPosted, TestPortfolio.Now, world.Ann), CancellationToken.None));

            Assert.Equal("1", next.GetProperty("id").GetString());
            var payload = next.GetProperty("payload").GetProperty("data").GetProperty("accountChanged");
            Assert.Equal("PAYMENT_POSTED", payload.GetProperty("change").GetString());
            Assert.Equal(world.Ann, payload.GetProperty("actor").GetString());
            Assert.Equal($"A-{world.Suffix}", payload.GetProperty("account").GetProperty("creditorAccountNumber").GetString());
            Assert.Equal(935m, payload.GetProperty("account").GetProperty("balance").GetDecimal());
        }
        finally
        {
            await ((IAsyncLifetime)otherInstance).DisposeAsync();
        }
    }

    [Fact]
    public async Task A_collector_cannot_subscribe_to_an_account_they_may_not_see()
    {
        var world = await TestPortfolio.CreateAsync(api);
        await using var socket = await GraphQLWsClient.ConnectAsync(api.Server, Tokens.For(world.Ann, "collector"));
        await socket.ReceiveAsync();

        await socket.SubscribeAsync("1", AccountChanged, new { id = world.CidAccount });
        var answer = await socket.ReceiveAsync();

        Assert.Equal("error", answer?.GetProperty("type").GetString());
        Assert.Equal("NOT_FOUND", answer?.GetProperty("payload")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task An_anonymous_connection_may_connect_but_not_subscribe()
    {
        var world = await TestPortfolio.CreateAsync(api);
        await using var socket = await GraphQLWsClient.ConnectAsync(api.Server, token: null);
        await socket.ReceiveAsync();

        await socket.SubscribeAsync("1", AccountChanged, new { id = world.AnnAccount });
        var answer = await socket.ReceiveAsync();

        Assert.Equal("error", answer?.GetProperty("type").GetString());
        Assert.Equal("AUTH_NOT_AUTHENTICATED", answer?.GetProperty("payload")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_connection_with_a_bad_token_is_closed_with_4403()
    {
        await using var socket = await GraphQLWsClient.ConnectAsync(api.Server, "not.a.token");

        Assert.Null(await socket.ReceiveAsync());
        Assert.Equal(4403, (int?)socket.CloseStatus);
    }

    [Fact]
    public async Task A_collector_hears_a_call_routed_to_them_and_not_one_routed_to_a_teammate()
    {
        var world = await TestPortfolio.CreateAsync(api);
        await using var socket = await GraphQLWsClient.ConnectAsync(api.Server, Tokens.For(world.Ann, "collector"));
        await socket.ReceiveAsync();
        await socket.SubscribeAsync("calls", "subscription { myEvents { kind callSid account { creditorAccountNumber } } }");
        var bus = api.Services.GetRequiredService<EventBus>();
        var bobsId = await CollectorIdAsync(world.Bob);

        var next = await PublishUntilReceivedAsync(socket, async () =>
        {
            // Bob's call goes out first each round: Ann must only ever hear her own.
            await bus.PublishAsync(new CollectorEvent(bobsId, CollectorEventKind.CallRouted, TestPortfolio.Now, world.BobAccount, null, "CA-bob"), CancellationToken.None);
            await bus.PublishAsync(new CollectorEvent(world.AnnId, CollectorEventKind.CallRouted, TestPortfolio.Now, world.AnnAccount, null, "CA-ann"), CancellationToken.None);
        });

        var myEvent = next.GetProperty("payload").GetProperty("data").GetProperty("myEvents");
        Assert.Equal("CALL_ROUTED", myEvent.GetProperty("kind").GetString());
        Assert.Equal("CA-ann", myEvent.GetProperty("callSid").GetString());
        Assert.Equal($"A-{world.Suffix}", myEvent.GetProperty("account").GetProperty("creditorAccountNumber").GetString());
    }

    private async Task<Guid> CollectorIdAsync(string userName)
    {
        using var scope = api.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<Infrastructure.Persistence.DebtHubDbContext>();
        return db.Collectors.Single(c => c.UserName == userName).Id;
    }

    /// <summary>
    /// The protocol has no "subscribed" message, so the test cannot know when the server's Redis subscription is live:
    /// it publishes until the first event arrives (pub/sub delivers only to subscribers present at publish time).
    /// </summary>
    private static async Task<JsonElement> PublishUntilReceivedAsync(GraphQLWsClient socket, Func<Task> publish)
    {
        var receiving = socket.ReceiveAsync(TimeSpan.FromSeconds(15));
        for (var attempt = 0; attempt < 100 && !receiving.IsCompleted; attempt++)
        {
            await publish();
            await Task.WhenAny(receiving, Task.Delay(100));
        }

        var message = await receiving ?? throw new WebSocketException("The server closed the socket.");
        Assert.Equal("next", message.GetProperty("type").GetString());
        return message;
    }
}
