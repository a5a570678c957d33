using System.Text.Json;
using DebtHub.Api.Tests.Support;

namespace DebtHub.Api.Tests.Mutations;

public sealed class MutationEventTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private const string AccountChanged = """
        subscription($id: ID!) { accountChanged(accountId: $id) { change actor account { balance } } }
        """;

    private const string AddNote = "mutation($input: AddNoteInput!) { addNote(input: $input) { errors { __typename } } }";

    private const string RecordPayment = "mutation($input: RecordPaymentInput!) { recordPayment(input: $input) { errors { __typename } } }";

    [Fact]
    public async Task A_saved_payment_reaches_the_accounts_subscribers_with_the_new_balance()
    {
        var world = await TestPortfolio.CreateAsync(api);
        using var client = api.CreateClient();
        var token = Tokens.For(world.Ann, "collector");
        await using var socket = await GraphQLWsClient.ConnectAsync(api.Server, token);
        Assert.Equal("connection_ack", (await socket.ReceiveAsync())?.GetProperty("type").GetString());
        await socket.SubscribeAsync("1", AccountChanged, new { id = world.AnnAccount });

        // The subscription is live once a note's event arrives (the server confirms it with Redis asynchronously).
        var receiving = socket.ReceiveAsync(TimeSpan.FromSeconds(20));
        for (var attempt = 0; attempt < 40 && !receiving.IsCompleted; attempt++)
        {
            await client.PostGraphQLAsync(AddNote, new { input = new { accountId = world.AnnAccount.ToString(), body = $"ping {attempt}" } }, token);
            await Task.WhenAny(receiving, Task.Delay(250));
        }

        var first = await receiving;
        Assert.Equal("NOTE_ADDED", Event(first!.Value).GetProperty("change").GetString());
        await client.PostGraphQLAsync(RecordPayment, new { input = new { accountId = world.AnnAccount.ToString(), amount = 35m, idempotencyKey = $"ev-{world.Suffix}" } }, token);

        JsonElement payment;
        do
        {
            var next = await socket.ReceiveAsync(TimeSpan.FromSeconds(10));
            Assert.NotNull(next);
            payment = Event(next.Value);
        }
        while (payment.GetProperty("change").GetString() == "NOTE_ADDED");

        Assert.Equal("PAYMENT_POSTED", payment.GetProperty("change").GetString());
        Assert.Equal(world.Ann, payment.GetProperty("actor").GetString());
        Assert.Equal(935m - 35m, payment.GetProperty("account").GetProperty("balance").GetDecimal());
    }

    private static JsonElement Event(JsonElement message) => message.GetProperty("payload").GetProperty("data").GetProperty("accountChanged");
}
