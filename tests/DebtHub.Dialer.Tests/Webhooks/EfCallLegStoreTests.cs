using DebtHub.Dialer.Webhooks;
using DebtHub.Dialer.Webhooks.CallLegs;
using DebtHub.Infrastructure.Persistence;
using DebtHub.Infrastructure.Twilio.Calls;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace DebtHub.Dialer.Tests.Webhooks;

/// <summary>The call-leg store on the real PostgreSQL (./debthub starts it), in a database of its own.</summary>
public sealed class EfCallLegStoreTests : IAsyncLifetime
{
    private const string CallSid = "CA33333333333333333333333333333333";
    private TestDatabase _database = null!;

    public async Task InitializeAsync() => _database = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await _database.DisposeAsync();

    private DebtHubDbContext Context()
    {
        var options = new DbContextOptionsBuilder<DebtHubDbContext>();
        PersistenceServiceCollectionExtensions.Configure(options, _database.DataSource);
        return new DebtHubDbContext(options.Options);
    }

    private static CallStatusEvent Status(CallStatus status, int sequence) =>
        new(CallSid, "AC00000000000000000000000000000000", status, sequence, null, sequence == 3 ? 42 : null, null, null);

    [Fact]
    public async Task A_late_older_status_is_kept_as_history_but_never_overwrites_the_newer_one()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 6, 10, 16, 0, 0, TimeSpan.Zero));
        await using var db = Context();
        var store = new EfCallLegStore(db, time);

        Assert.Equal(CallbackOutcome.Applied, await store.RecordStatusAsync(Status(CallStatus.Completed, 3), default));
        Assert.Equal(CallbackOutcome.Stale, await store.RecordStatusAsync(Status(CallStatus.Ringing, 1), default));
        Assert.Equal(CallbackOutcome.Duplicate, await store.RecordStatusAsync(Status(CallStatus.Completed, 3), default));

        var leg = await new EfCallLegStore(Context(), time).FindAsync(CallSid, default);
        Assert.Equal(CallStatus.Completed, leg!.Status);
        Assert.Equal((3, 42), (leg.LastSequenceNumber!.Value, leg.DurationSeconds!.Value));
        Assert.Equal(2, (await store.EventsAsync(CallSid, default)).Count);
    }

    [Fact]
    public async Task The_same_callback_delivered_concurrently_is_applied_once()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 6, 10, 16, 0, 0, TimeSpan.Zero));

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 8).Select(async _ =>
        {
            await using var db = Context();
            return await new EfCallLegStore(db, time).RecordStatusAsync(Status(CallStatus.Ringing, 1), default);
        }));

        Assert.Single(outcomes, o => o == CallbackOutcome.Applied);
        Assert.All(outcomes.Where(o => o != CallbackOutcome.Applied), o => Assert.Equal(CallbackOutcome.Duplicate, o));
    }
}
