using DebtHub.Dialer.Campaigns;
using DebtHub.Dialer.Presence;
using DebtHub.Domain.Campaigns;
using DebtHub.Domain.Collectors;
using DebtHub.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DebtHub.Dialer.Demo;

/// <summary>
/// The demo of <c>./debthub run</c> (only with <c>Dialer:Demo:Enabled</c>): a progressive campaign over the whole demo
/// portfolio is created and started once, a few collectors are made available, and as simulated collectors they come
/// back from wrap-up after a few seconds (a real collector records a disposition instead). Every call still goes
/// through the gate and the ledger; outside calling hours the campaign's hopper says so.
/// </summary>
internal sealed partial class DemoDialing(
    IServiceScopeFactory scopes,
    IOptions<DemoOptions> options,
    TimeProvider clock,
    ILogger<DemoDialing> logger) : BackgroundService
{
    public const string CampaignName = "Demo campaign";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await StartCampaignAsync(stoppingToken);
            while (!stoppingToken.IsCancellationRequested)
            {
                await EndWrapUpsAsync(stoppingToken);
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

    /// <summary>Simulated collectors: out of wrap-up after a few seconds (no disposition is recorded for them).</summary>
    private async Task EndWrapUpsAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DebtHubDbContext>();
        var now = clock.GetUtcNow();
        var cutoff = now.AddSeconds(-options.Value.WrapUpSeconds);
        var wrapping = await db.CollectorPresence.Where(p => p.State == PresenceState.WrapUp && p.Since < cutoff).Take(50).ToListAsync(cancellationToken);
        foreach (var presence in wrapping)
        {
            await db.MoveAsync(presence, PresenceState.Available, null, now, cancellationToken);
        }

        if (wrapping.Count > 0)
        {
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                // A collector moved meanwhile (routing or a person): the next pass looks again.
            }
        }
    }

    [LoggerMessage(6190, LogLevel.Information, "Demo: campaign {CampaignId} started with {Collectors} simulated collectors available")]
    private static partial void LogStarted(ILogger logger, Guid campaignId, int collectors);

    [LoggerMessage(6191, LogLevel.Error, "Demo dialing stopped")]
    private static partial void LogDemoFailed(ILogger logger, Exception exception);
}
