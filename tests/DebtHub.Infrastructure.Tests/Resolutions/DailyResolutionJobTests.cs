using DebtHub.Domain.Accounts;
using DebtHub.Domain.Collectors;
using DebtHub.Domain.Common;
using DebtHub.Domain.Creditors;
using DebtHub.Domain.Resolutions;
using DebtHub.Domain.Resolutions.Plans;
using DebtHub.Domain.Resolutions.Promises;
using DebtHub.Domain.Resolutions.Scheduling;
using DebtHub.Domain.Resolutions.WorkItems;
using DebtHub.Infrastructure.Persistence;
using DebtHub.Infrastructure.Resolutions;
using DebtHub.Infrastructure.Tests.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Quartz;

namespace DebtHub.Infrastructure.Tests.Resolutions;

/// <summary>The daily evaluation against the real PostgreSQL, with days passing on a fake clock.</summary>
public sealed class DailyResolutionJobTests(PostgresFixture database) : IClassFixture<PostgresFixture>
{
    private static readonly Actor Ana = new("ana", CollectorRole.Collector);

    private readonly FakeTimeProvider _clock = new(TestData.Now);

    [Fact]
    public async Task Over_three_weeks_a_kept_installment_stays_kept_and_a_missed_one_breaks_the_plan_into_the_collectors_queue()
    {
        await using var provider = Services();
        var (accountId, collectorId) = await PlaceAssignedAccountAsync();
        // Weekly 100.00 x 3 from Tuesday 2026-11-24, two grace days.
        var planId = await ProposeAsync(accountId, new PlanRequest(PlanKind.Installments, PaymentFrequency.Weekly, new DateOnly(2026, 11, 24),
            InstallmentAmount: new Money(100m, "USD"), GraceDays: 2));

        var broke = new List<DateOnly>();
        for (var day = 0; day < 21; day++)
        {
            if (day == 1)
            {
                await PayAsync(accountId, 100m);
            }

            var result = await EvaluateAsync(provider);
            if (broke.Count == 0 && await StatusAsync(planId) == PlanStatus.Broken)
            {
                broke.Add(result.Day);
            }

            _clock.Advance(TimeSpan.FromDays(1));
        }

        await using var db = database.NewContext();
        var plan = await db.PaymentPlans.Include(p => p.Installments).SingleAsync(p => p.Id == planId);
        var item = await db.WorkItems.SingleAsync(w => w.SubjectId == planId);
        // Installment 2 was due Tuesday 2026-12-01; grace ran to 12-03, so the plan broke on Friday 12-04, once.
        Assert.Equal([new DateOnly(2026, 12, 4)], broke);
        Assert.Equal(PlanStatus.Broken, plan.Status);
        Assert.Equal([ScheduledPaymentStatus.Kept, ScheduledPaymentStatus.Broken, ScheduledPaymentStatus.Scheduled],
            plan.Installments.OrderBy(i => i.Sequence).Take(3).Select(i => i.Status));
        Assert.Equal(WorkItemKind.BrokenPlan, item.Kind);
        Assert.Equal(collectorId, item.CollectorId);
        Assert.Contains("Installment 2 of 100.00 due 2026-12-01", item.Reason);
    }

    [Fact]
    public async Task A_payment_that_bounces_after_keeping_an_installment_breaks_the_plan_once_grace_has_run_out()
    {
        await using var provider = Services();
        var (accountId, _) = await PlaceAssignedAccountAsync();
        var planId = await ProposeAsync(accountId, new PlanRequest(PlanKind.Installments, PaymentFrequency.Monthly, new DateOnly(2026, 11, 25),
            InstallmentCount: 4, GraceDays: 1));
        var payment = await PayAsync(accountId, 268.75m);
        _clock.Advance(TimeSpan.FromDays(3));
        await EvaluateAsync(provider);
        var beforeBounce = await StatusAsync(planId);

        await using (var db = database.NewContext())
        {
            var account = await db.Accounts.SingleAsync(a => a.Id == accountId);
            var original = await db.LedgerTransactions.SingleAsync(t => t.Id == payment);
            account.ReversePayment(original, alreadyReversed: false, "NSF", "ana", _clock.GetUtcNow());
            await db.SaveChangesAsync();
        }

        _clock.Advance(TimeSpan.FromDays(1));
        await EvaluateAsync(provider);

        Assert.Equal(PlanStatus.Active, beforeBounce);
        Assert.Equal(PlanStatus.Broken, await StatusAsync(planId));
    }

    [Fact]
    public async Task Running_the_evaluation_twice_on_the_same_day_queues_a_broken_promise_once()
    {
        await using var provider = Services();
        var (accountId, _) = await PlaceAssignedAccountAsync();
        Guid promiseId;
        await using (var db = database.NewContext())
        {
            var account = await db.Accounts.Include(a => a.Holds).SingleAsync(a => a.Id == accountId);
            var promise = PromiseToPay.Record(account, [(new DateOnly(2026, 11, 27), new Money(75m, "USD"))], 0, Ana, _clock.GetUtcNow());
            db.PromisesToPay.Add(promise);
            await db.SaveChangesAsync();
            promiseId = promise.Id;
        }

        _clock.Advance(TimeSpan.FromDays(5));
        var first = await EvaluateAsync(provider);
        var second = await EvaluateAsync(provider);

        Assert.True(first.PromisesBroken >= 1);
        Assert.Equal(0, second.PromisesBroken);
        await using var read = database.NewContext();
        Assert.Equal(PromiseStatus.Broken, (await read.PromisesToPay.SingleAsync(p => p.Id == promiseId)).Status);
        Assert.Equal(1, await read.WorkItems.CountAsync(w => w.SubjectId == promiseId));
    }

    [Fact]
    public async Task The_quartz_job_runs_the_evaluation_through_a_real_scheduler()
    {
        await using var provider = Services();
        var (accountId, _) = await PlaceAssignedAccountAsync();
        var planId = await ProposeAsync(accountId, new PlanRequest(PlanKind.Installments, PaymentFrequency.Weekly, new DateOnly(2026, 11, 24),
            InstallmentCount: 4, GraceDays: 0));
        _clock.Advance(TimeSpan.FromDays(2));

        var scheduler = await provider.GetRequiredService<ISchedulerFactory>().GetScheduler();
        await scheduler.Start();
        try
        {
            await scheduler.TriggerJob(DailyResolutionJob.Key);
            var deadline = DateTime.UtcNow.AddSeconds(30);
            PlanStatus status;
            do
            {
                await Task.Delay(200);
                status = await StatusAsync(planId);
            }
            while (status == PlanStatus.Active && DateTime.UtcNow < deadline);

            Assert.Equal(PlanStatus.Broken, status);
        }
        finally
        {
            await scheduler.Shutdown(waitForJobsToComplete: true);
        }
    }

    private async Task<PlanStatus> StatusAsync(Guid planId)
    {
        await using var db = database.NewContext();
        return await db.PaymentPlans.Where(p => p.Id == planId).Select(p => p.Status).SingleAsync();
    }

    private ServiceProvider Services()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            // Keep the start-up catch-up out of the way: the tests trigger the job themselves.
            [$"{ResolutionJobOptions.Section}:StartupDelaySeconds"] = "3600",
        }).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddSingleton<TimeProvider>(_clock);
        services.AddScoped(_ => database.NewContext());
        services.AddResolutions();
        return services.BuildServiceProvider(validateScopes: true);
    }

    private static async Task<ResolutionEvaluation> EvaluateAsync(ServiceProvider provider)
    {
        await using var scope = provider.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ResolutionEvaluator>().EvaluateAsync(CancellationToken.None);
    }

    private async Task<(Guid AccountId, Guid CollectorId)> PlaceAssignedAccountAsync()
    {
        await using var db = database.NewContext();
        var collector = Collector.Create($"c{Guid.NewGuid():N}"[..20], "Ana Collector", CollectorRole.Collector, TestData.Now);
        db.Collectors.Add(collector);
        var account = await TestData.PlaceAccountAsync(db);
        account.AssignTo(collector.Id);
        await db.SaveChangesAsync();
        return (account.Id, collector.Id);
    }

    private async Task<Guid> ProposeAsync(Guid accountId, PlanRequest request)
    {
        await using var db = database.NewContext();
        var account = await db.Accounts.Include(a => a.Holds).SingleAsync(a => a.Id == accountId);
        var plan = PaymentPlan.Propose(account, CreditorRules.Default, request, Ana, _clock.GetUtcNow());
        db.PaymentPlans.Add(plan);
        await db.SaveChangesAsync();
        return plan.Id;
    }

    private async Task<Guid> PayAsync(Guid accountId, decimal amount)
    {
        await using var db = database.NewContext();
        var account = await db.Accounts.SingleAsync(a => a.Id == accountId);
        var now = _clock.GetUtcNow();
        var payment = account.PostPayment(new Money(amount, "USD"), DateOnly.FromDateTime(now.UtcDateTime), $"pay-{Guid.NewGuid():N}",
            PaymentApplicationOrder.Default, "ana", now);
        await db.SaveChangesAsync();
        return payment.Id;
    }
}
