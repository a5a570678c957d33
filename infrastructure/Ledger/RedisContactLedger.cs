using System.Diagnostics;
using System.Globalization;
using DebtHub.Domain.Compliance.Configuration;
using DebtHub.Domain.Compliance.Facts;
using DebtHub.Domain.Contact;
using DebtHub.Infrastructure.Persistence;
using DebtHub.Infrastructure.Redis;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;
using StackExchange.Redis;

namespace DebtHub.Infrastructure.Ledger;

/// <summary>
/// The ledger on Redis (one Lua script per step, one round trip for a reservation) with PostgreSQL as the record.
/// Confirmation consumes the reservation in Redis first and then writes the attempt, so a reservation lost with Redis can
/// never be dialed; see <see cref="LedgerOptions.ConfirmGrace"/> for the other half of that argument.
/// </summary>
internal sealed class RedisContactLedger(
    RedisConnection redis,
    IDbContextFactory<DebtHubDbContext> contexts,
    NpgsqlDataSource dataSource,
    LedgerReadiness readiness,
    LedgerHistory history,
    IOptions<LedgerOptions> options,
    TimeProvider clock,
    ILogger<RedisContactLedger> logger) : IContactLedger
{
    private readonly LedgerOptions _options = options.Value;

    public LedgerStatus Status => readiness.Status;

    public async Task<ReservationOutcome> ReserveAsync(ReservationRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!readiness.IsReady)
        {
            return ReservationOutcome.Unavailable(readiness.Status.Reason);
        }

        RedisKey[] keys =
        [
            LedgerKeys.Marker(request.DebtorId),
            LedgerKeys.Reservation(request.DebtorId, request.ReservationId),
            LedgerKeys.Windows(request.DebtorId),
        ];
        var args = new RedisValue[5 + (request.Limits.Count * 4) + request.Counters.Count];
        args[0] = request.At.ToUnixTimeMilliseconds();
        args[1] = request.ReservationId.ToString("N");
        args[2] = request.ExpiresAt.ToUnixTimeMilliseconds();
        args[3] = (long)_options.ReservationRecordTtl.TotalMilliseconds;
        args[4] = request.Limits.Count;
        var at = 5;
        foreach (var limit in request.Limits)
        {
            args[at++] = limit.Counter.Name;
            (args[at], args[at + 1], args[at + 2]) = limit.Kind switch
            {
                LimitKind.Count => ((RedisValue)"c", (RedisValue)limit.Max, (RedisValue)(long)limit.Window.TotalMilliseconds),
                LimitKind.Spacing => ("s", 1, (long)limit.Window.TotalMilliseconds),
                _ => ("b", 0, limit.BarFrom.ToUnixTimeMilliseconds()),
            };
            at += 3;
        }

        foreach (var counter in request.Counters)
        {
            args[at++] = counter.Name;
        }

        RedisResult[] reply;
        try
        {
            reply = (RedisResult[])(await LedgerScripts.Reserve.EvaluateAsync(redis.Database, keys, args))!;
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            readiness.MarkUnavailable("Redis is unreachable.", e);
            return ReservationOutcome.Unavailable(readiness.Status.Reason);
        }

        switch ((string?)reply[0])
        {
            case "OK":
            case "DUP":
                return ReservationOutcome.Grant();
            case "USED":
                return ReservationOutcome.AlreadyUsed();
            case "NOTREADY":
                readiness.MarkDataLost(_options.ConfirmGrace);
                return ReservationOutcome.Unavailable(readiness.Status.Reason);
            default:
                return ReservationOutcome.Refuse(Full(request, reply));
        }
    }

    private static List<LimitReached> Full(ReservationRequest request, RedisResult[] reply)
    {
        var reached = new List<LimitReached>((reply.Length - 1) / 3);
        for (var i = 1; i + 2 < reply.Length; i += 3)
        {
            var limit = request.Limits[(int)reply[i] - 1];
            var counted = (int)reply[i + 1];
            var instant = DateTimeOffset.FromUnixTimeMilliseconds(long.Parse((string)reply[i + 2]!, NumberStyles.Float, CultureInfo.InvariantCulture));
            reached.Add(limit.Kind == LimitKind.Bar
                ? new LimitReached(limit.RuleId, counted, 0, TimeSpan.FromDays(limit.Max), ReservationRequest.BarEnds(instant, request.Zones, limit.Max))
                : new LimitReached(limit.RuleId, counted, limit.Max, limit.Window, instant));
        }

        return reached;
    }

    public async Task<ConfirmOutcome> ConfirmAsync(ContactAttempt attempt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        if (!readiness.IsReady)
        {
            return ConfirmOutcome.Unavailable;
        }

        var started = clock.GetUtcNow();
        string? reply;
        try
        {
            reply = await ApplyAsync(attempt, Dropped(attempt), "confirm");
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            readiness.MarkUnavailable("Redis is unreachable.", e);
            return ConfirmOutcome.Unavailable;
        }

        switch (reply)
        {
            case "USED":
                return ConfirmOutcome.AlreadyConfirmed;
            case "NONE":
                return ConfirmOutcome.NotReserved;
            case "EXPIRED":
                return ConfirmOutcome.Expired;
        }

        try
        {
            await ContactAttemptInsert.InsertAsync(dataSource, attempt, cancellationToken);
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException or TimeoutException or OperationCanceledException)
        {
            LedgerLog.RecordFailed(logger, attempt.Id, e);
            await TryUncountAsync(attempt);
            return ConfirmOutcome.Unavailable;
        }

        // Wall-clock difference on the shared clock, the same one the rebuild's grace is measured with.
        var elapsed = clock.GetUtcNow() - started;
        if (elapsed > _options.ConfirmGrace)
        {
            // A rebuild may already have read PostgreSQL without this row: dialing now could exceed a limit.
            LedgerLog.ConfirmTooSlow(logger, attempt.Id, elapsed);
            if (attempt.ConnectResult is null)
            {
                await RecordResultAsync(attempt.Id, AttemptOutcome.NotConnected, ContactDisposition.NotPlaced, false, CancellationToken.None);
            }

            return ConfirmOutcome.Unavailable;
        }

        return ConfirmOutcome.Confirmed;
    }

    public async Task ReleaseAsync(Guid debtorId, Guid reservationId, CancellationToken cancellationToken)
    {
        RedisKey[] keys = [LedgerKeys.Reservation(debtorId, reservationId), LedgerKeys.Windows(debtorId)];
        try
        {
            await LedgerScripts.Release.EvaluateAsync(redis.Database, keys, [reservationId.ToString("N"), (long)_options.ReservationRecordTtl.TotalMilliseconds]);
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            // The reservation keeps counting until its windows pass: conservative, never an extra call.
            readiness.MarkUnavailable("Redis is unreachable.", e);
        }
    }

    public async Task RecordResultAsync(Guid attemptId, AttemptOutcome result, ContactDisposition disposition, bool conversationTookPlace, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var attempt = await db.ContactAttempts.SingleAsync(a => a.Id == attemptId, cancellationToken);
        await RecordResultAsync(attempt, result, disposition, conversationTookPlace, ct => db.SaveChangesAsync(ct), cancellationToken);
    }

    public async Task RecordResultAsync(
        ContactAttempt attempt, AttemptOutcome result, ContactDisposition disposition, bool conversationTookPlace,
        Func<CancellationToken, Task> commit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        ArgumentNullException.ThrowIfNull(commit);
        var before = LedgerCounter.Of(attempt);
        attempt.RecordResult(result, disposition, conversationTookPlace);
        var after = LedgerCounter.Of(attempt);

        // A new conversation bar goes to Redis before the record, so calls racing this one see it at once; a call that
        // stops counting leaves its windows only after the record says so.
        if (after.Any(c => !before.Contains(c)))
        {
            await ApplyOrDegradeAsync(attempt, []);
        }

        await commit(cancellationToken);
        await ApplyOrDegradeAsync(attempt, [.. before.Where(c => !after.Contains(c))]);
    }

    public Task MarkNotConnectedAsync(Guid attemptId, CancellationToken cancellationToken) =>
        RecordResultAsync(attemptId, AttemptOutcome.NotConnected, ContactDisposition.NotConnected, false, cancellationToken);

    public async Task RecordInboundConversationAsync(ContactAttempt inbound, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inbound);
        if (inbound.Direction != ContactDirection.Inbound)
        {
            throw new ArgumentException("Only an inbound contact is recorded this way; outbound ones are reserved and confirmed.", nameof(inbound));
        }

        // The bar goes to Redis first, so calls racing this record see it at once; if the record then fails, Redis keeps
        // a bar PostgreSQL does not know (stricter, never an extra call).
        await ApplyOrDegradeAsync(inbound, []);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.ContactAttempts.Add(inbound);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// PostgreSQL already has the change; if Redis misses it (a conversation bar not set), the ledger stops granting until
    /// the maintenance loop has replayed PostgreSQL into Redis.
    /// </summary>
    private async Task ApplyOrDegradeAsync(ContactAttempt attempt, IReadOnlyList<LedgerCounter> dropped)
    {
        try
        {
            await ApplyAsync(attempt, dropped, "apply");
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            readiness.MarkUnavailable("Redis missed a recorded contact; waiting to reconcile from PostgreSQL.", e);
        }
    }

    /// <summary>The windows a reserved attempt was counted in but its record does not count in (a call known not connected).</summary>
    private static List<LedgerCounter> Dropped(ContactAttempt attempt)
    {
        if (attempt.ConnectResult != AttemptOutcome.NotConnected)
        {
            return [];
        }

        var reserved = LedgerCounter.For(attempt.Channel, attempt.Mode, attempt.Destination, attempt.DestinationUse, attempt.AccountIds,
            attempt.DebtKeys, attempt.DebtKeys, attempt.RespondsToConsumerRequest, notConnected: false);
        var kept = LedgerCounter.Of(attempt);
        return [.. reserved.Where(c => !kept.Contains(c))];
    }

    private async Task TryUncountAsync(ContactAttempt attempt)
    {
        try
        {
            var all = LedgerCounter.Of(attempt);
            await ApplyCoreAsync(redis.Database, attempt, [], all, "apply");
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            readiness.MarkUnavailable("Redis is unreachable.", e);
        }
    }

    private async Task<string?> ApplyAsync(ContactAttempt attempt, IReadOnlyList<LedgerCounter> dropped, string mode) =>
        (string?)await ApplyCoreAsync(redis.Database, attempt, LedgerCounter.Of(attempt), dropped, mode);

    internal Task<RedisResult> ApplyCoreAsync(IDatabaseAsync database, ContactAttempt attempt, IReadOnlyList<LedgerCounter> added, IReadOnlyList<LedgerCounter> dropped, string mode) =>
        LedgerApply.RunAsync(database, attempt, added, dropped, mode, clock.GetUtcNow(), _options.ReservationRecordTtl, history.Retention);
}

/// <summary>Arguments of apply.lua, shared by confirmation, results and the rebuild's replay.</summary>
internal static class LedgerApply
{
    public static Task<RedisResult> RunAsync(
        IDatabaseAsync database, ContactAttempt attempt, IReadOnlyList<LedgerCounter> added, IReadOnlyList<LedgerCounter> dropped, string mode,
        DateTimeOffset now, TimeSpan recordTtl, TimeSpan retention)
    {
        RedisKey[] keys = [LedgerKeys.Reservation(attempt.DebtorId, attempt.Id), LedgerKeys.Windows(attempt.DebtorId)];
        RedisValue[] args =
        [
            now.ToUnixTimeMilliseconds(),
            attempt.Id.ToString("N"),
            attempt.PlacedAt.ToUnixTimeMilliseconds(),
            (long)recordTtl.TotalMilliseconds,
            (long)retention.TotalMilliseconds,
            added.Count,
            mode,
            .. added.Select(c => (RedisValue)c.Name),
            .. dropped.Select(c => (RedisValue)c.Name),
        ];
        return LedgerScripts.Apply.EvaluateAsync(database, keys, args);
    }
}
