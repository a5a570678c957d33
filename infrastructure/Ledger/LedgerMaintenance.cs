using DebtHub.Infrastructure.Redis;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;
using StackExchange.Redis;

namespace DebtHub.Infrastructure.Ledger;

/// <summary>
/// Keeps the ledger usable: on start and whenever it turns unavailable it retries until Redis answers, then rebuilds
/// (data lost: after the confirm grace, under a lock) or reconciles (data kept) from PostgreSQL and turns it ready;
/// while ready it reconciles periodically and checks that Redis still has its data. Its polling intervals are operational
/// cadence on the host's timers; the grace, which protects limits, is measured on the injected clock.
/// </summary>
internal sealed class LedgerMaintenance(
    RedisConnection redis,
    LedgerReadiness readiness,
    LedgerHistory history,
    IOptions<LedgerOptions> options,
    TimeProvider clock,
    ILogger<LedgerMaintenance> logger) : BackgroundService
{
    private readonly LedgerOptions _options = options.Value;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            if (readiness.IsReady)
            {
                await ReconcileAsync(stoppingToken);
            }
            else
            {
                await RecoverAsync(stoppingToken);
            }

            try
            {
                await readiness.WaitForWakeAsync(readiness.IsReady ? _options.ReconcileInterval : _options.RetryInterval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>One recovery step; true when the ledger is ready afterwards.</summary>
    internal async Task<bool> RecoverAsync(CancellationToken cancellationToken)
    {
        try
        {
            await redis.Database.PingAsync();
            if (!await history.DataLostAsync())
            {
                await history.ReplayAsync(rebuild: false, cancellationToken);
                readiness.MarkReady("Reconciled with PostgreSQL; Redis had kept its data.");
                return true;
            }

            var lostAt = readiness.MarkDataLost(_options.ConfirmGrace);
            if (clock.GetUtcNow() < lostAt + _options.ConfirmGrace)
            {
                return false;
            }

            var token = Guid.NewGuid().ToString("N");
            if (!await redis.Database.StringSetAsync(LedgerKeys.RebuildLock, token, TimeSpan.FromMinutes(5), When.NotExists))
            {
                return false;
            }

            try
            {
                await history.ReplayAsync(rebuild: true, cancellationToken);
            }
            finally
            {
                await redis.Database.LockReleaseAsync(LedgerKeys.RebuildLock, token);
            }

            readiness.MarkReady("Rebuilt from PostgreSQL after Redis lost its data.");
            return true;
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            readiness.MarkUnavailable("Redis is unreachable.", e);
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException && !cancellationToken.IsCancellationRequested)
        {
            readiness.MarkUnavailable("PostgreSQL is unreachable, so Redis cannot be rebuilt or reconciled.", e);
        }

        return false;
    }

    private async Task ReconcileAsync(CancellationToken cancellationToken)
    {
        try
        {
            if (await history.DataLostAsync())
            {
                readiness.MarkDataLost(_options.ConfirmGrace);
                return;
            }

            await history.ReplayAsync(rebuild: false, cancellationToken);
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            readiness.MarkUnavailable("Redis is unreachable.", e);
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException && !cancellationToken.IsCancellationRequested)
        {
            LedgerLog.ReconcileFailed(logger, _options.ReconcileInterval, e);
        }
    }
}
