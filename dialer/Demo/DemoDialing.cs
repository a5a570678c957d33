using DebtHub.Dialer.Campaigns;
using DebtHub.Dialer.Outcomes;
using DebtHub.Dialer.Presence;
using DebtHub.Domain.Campaigns;
using DebtHub.Domain.Collectors;
using DebtHub.Domain.Common;
using DebtHub.Domain.Resolutions;
using DebtHub.Infrastructure.Events;
using DebtHub.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DebtHub.Dialer.Demo;

/// <summary>
/// The demo of <c>./debthub run</c> (only with <c>Dialer:Demo:Enabled</c>): a progressive campaign over the whole demo
/// portfolio is created and started once, a few collectors are made available, and as simulated collectors they record
/// a disposition a few seconds into each wrap-up, as a real collector does (<see cref="DemoDispositions"/>). Every call
/// still goes through the gate and the ledger; outside calling hours the campaign's hopper says so.
/// </summary>
internal sealed partial class DemoDialing(
    IServiceScopeFactory scopes,
    IOptions<DemoOptions> options,
    TimeProvider clock,
    ILogger<DemoDialing> logger) : BackgroundService
{
    public const string CampaignName = "Demo campaign";

    private readonly DemoDispositions _dispositions = new(options.Value.Seed);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await StartCampaignAsync(stoppingToken);
            while (!stoppingToken.IsCancellationRequested)
            {
                await RecordDispositionsAsync(stoppingToken);
                await Task.Delay(TimeSpan.FromSeconds(2), clock, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (Exception ex)
        {
            LogDemoFailed(logger, ex);
        }
    }

    private async Task StartCampaignAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DebtHubDbContext>();
        var now = clock.GetUtcNow();
        var collectors = await DemoTeam.ChooseAsync(db, options.Value.Collectors, cancellationToken);
        foreach (var collectorId in collectors)
        {
            var presence = await db.PresenceOfAsync(collectorId, now, cancellationToken);
            if (presence.State == PresenceState.Offline)
            {
                await db.MoveAsync(presence, PresenceState.Available, null, now, cancellationToken);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        if (await db.Campaigns.AnyAsync(c => c.Name == CampaignName, cancellationToken))
        {
            return;
        }

        var service = scope.ServiceProvider.GetRequiredService<CampaignService>();
        var campaign = await service.CreateAsync(CampaignName, new CampaignSettings(
            DialMode.Progressive,
            CampaignSegment.Everything,
            CallingHours.Of(new TimeOnly(8, 0), new TimeOnly(20, 30), null),
            CallerIdPool.Of(["+12125550100", "+13125550100", "+14155550100", "+17135550100", "+13055550100"], localPresence: true),
            RetryRules.Default,
            true,
            VoicemailPolicy.LeaveLimitedContentMessage(
                "Hello {consumer}. This is {person} from {business}. Please call me back at {callback}. Any representative can help you.",
                "Northwind Services",
                "Robin",
                "+12125550100"),
            PriorityOrder.Of([new PrioritySort(PriorityKey.PromiseDue, false), new PrioritySort(PriorityKey.Balance, true)]),
            PacingSettings.Default), cancellationToken);
        await service.StartAsync(campaign.Id, cancellationToken);
        LogStarted(logger, campaign.Id, collectors.Count);
    }

    /// <summary>
    /// Simulated collectors: a few seconds into wrap-up each records what came of the call through
    /// <see cref="CallDispositions"/>, the path of the <c>recordCallDisposition</c> mutation (result through the ledger,
    /// promise, dispute, callback, cease hold, wrong number, audit entry), which also ends their wrap-up.
    /// </summary>
    private async Task RecordDispositionsAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var cutoff = now.AddSeconds(-options.Value.WrapUpSeconds);
        List<Wrapping> wrapping;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<DebtHubDbContext>();
            wrapping = await db.CollectorPresence.AsNoTracking()
                .Where(p => p.State == PresenceState.WrapUp && p.Since < cutoff)
                .OrderBy(p => p.Since).ThenBy(p => p.CollectorId)
                .Join(db.Collectors, p => p.CollectorId, c => c.Id, (p, c) => new Wrapping(p.CollectorId, c.UserName, p.CallSid))
                .Take(50)
                .ToListAsync(cancellationToken);
        }

        foreach (var collector in wrapping)
        {
            try
            {
                if (collector.CallSid is not { } callSid || !await RecordAsync(collector, callSid, now, cancellationToken))
                {
                    await EndWrapUpAsync(collector.CollectorId, now, cancellationToken);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // One collector's failure does not stop the others; the next pass looks again.
                LogDispositionFailed(logger, e, collector.CollectorId);
            }
        }
    }

    /// <summary>One disposition in a unit of work of its own; a promise or dispute the account refuses becomes a plain right-party contact.</summary>
    private async Task<bool> RecordAsync(Wrapping collector, string callSid, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var actor = new DispositionActor(new Actor(collector.UserName, CollectorRole.Collector), "collector", collector.CollectorId);
        (CallDisposition Kind, DispositionDetails Details)? next = null;
        for (var tries = 0; tries < 2; tries++)
        {
            await using var scope = scopes.CreateAsyncScope();
            var services = scope.ServiceProvider;
            var db = services.GetRequiredService<DebtHubDbContext>();
            if (next is null)
            {
                var balance = await db.DialerCalls.Where(c => c.CallSid == callSid)
                    .Join(db.Accounts, c => c.AccountId, a => a.Id, (_, a) => a.PrincipalBalance + a.InterestBalance + a.FeeBalance)
                    .FirstOrDefaultAsync(cancellationToken);
                next = _dispositions.Next(balance, now);
            }

            try
            {
                var (recorded, _) = await services.GetRequiredService<CallDispositions>().RecordAsync(callSid, next.Value.Kind, next.Value.Details, actor, now, cancellationToken);
                if (recorded is null)
                {
                    return false;
                }

                LogRecorded(logger, callSid, next.Value.Kind);
                await PublishAsync(services.GetService<EventBus>(), new AccountChanged(recorded.Account.Id, AccountChange.ContactRecorded, now, collector.UserName));
                return true;
            }
            catch (DomainException e)
            {
                LogRefused(logger, callSid, next.Value.Kind, e.Code);
                next = (CallDisposition.RightPartyContact, new DispositionDetails());
            }
        }

        return false;
    }

    /// <summary>Without a disposition to record, the collector simply comes back from wrap-up.</summary>
    private async Task EndWrapUpAsync(Guid collectorId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DebtHubDbContext>();
        var presence = await db.PresenceOfAsync(collectorId, now, cancellationToken);
        if (presence.State != PresenceState.WrapUp)
        {
            return;
        }

        await db.MoveAsync(presence, PresenceState.Available, null, now, cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // A collector moved meanwhile (routing or a person): the next pass looks again.
        }
    }

    /// <summary>Tells open account screens, as the mutation does (a host without the event bus has none to tell).</summary>
    private async Task PublishAsync(EventBus? events, AccountChanged change)
    {
        if (events is null)
        {
            return;
        }

        try
        {
            await events.PublishAsync(change, CancellationToken.None);
        }
        catch (Exception e) when (e is StackExchange.Redis.RedisException or TimeoutException)
        {
            // The disposition is saved; open account screens catch up on their next event.
            LogNotPublished(logger, change.AccountId);
        }
    }

    [LoggerMessage(6195, LogLevel.Error, "Demo: recording the disposition of collector {CollectorId}'s call failed")]
    private static partial void LogDispositionFailed(ILogger logger, Exception exception, Guid collectorId);

    private sealed record Wrapping(Guid CollectorId, string UserName, string? CallSid);

    [LoggerMessage(6192, LogLevel.Information, "Demo: call {CallSid} dispositioned {Disposition}")]
    private static partial void LogRecorded(ILogger logger, string callSid, CallDisposition disposition);

    [LoggerMessage(6193, LogLevel.Information, "Demo: call {CallSid} could not be dispositioned {Disposition} ({Code}); recorded as a right-party contact")]
    private static partial void LogRefused(ILogger logger, string callSid, CallDisposition disposition, string code);

    [LoggerMessage(6194, LogLevel.Warning, "Demo: the change of account {AccountId} was saved but not published")]
    private static partial void LogNotPublished(ILogger logger, Guid accountId);

    [LoggerMessage(6190, LogLevel.Information, "Demo: campaign {CampaignId} started with {Collectors} simulated collectors available")]
    private static partial void LogStarted(ILogger logger, Guid campaignId, int collectors);

    [LoggerMessage(6191, LogLevel.Error, "Demo dialing stopped")]
    private static partial void LogDemoFailed(ILogger logger, Exception exception);
}
