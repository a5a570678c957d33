using DebtHub.Api.Tests.Support;
using DebtHub.Domain.Collectors;
using DebtHub.Domain.Creditors;
using DebtHub.Domain.Resolutions;
using DebtHub.Domain.Resolutions.Plans;
using DebtHub.Domain.Resolutions.Scheduling;
using DebtHub.Infrastructure.Persistence;
using DebtHub.Infrastructure.Resolutions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace DebtHub.Api.Tests.Resolutions;

public sealed class BrokenPlanWorkQueueTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task The_host_schedules_the_daily_resolution_job()
    {
        var scheduler = await api.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();

        Assert.True(await scheduler.GetJobDetail(DailyResolutionJob.Key) is not null);
        var triggers = await scheduler.GetTriggersOfJob(DailyResolutionJob.Key);
        Assert.Contains(triggers, t => t is ICronTrigger cron && cron.CronExpressionString == "0 30 5 * * ?");
    }

    [Fact]
    public async Task A_plan_broken_by_the_daily_job_tops_the_collectors_work_queue_with_the_missed_installment()
    {
        var world = await TestPortfolio.CreateAsync(api);
        var agreed = DateTimeOffset.UtcNow.AddDays(-40);
        using (var scope = api.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<DebtHubDbContext>();
            var account = await db.Accounts.Include(a => a.Holds).SingleAsync(a => a.Id == world.BobAccount);
            var firstDue = DateOnly.FromDateTime(agreed.UtcDateTime).AddDays(5);
            db.PaymentPlans.Add(PaymentPlan.Propose(account, CreditorRules.Default,
                new PlanRequest(PlanKind.Installments, PaymentFrequency.Monthly, firstDue, InstallmentCount: 7),
                new Actor(world.Bob, CollectorRole.Collector), agreed));
            await db.SaveChangesAsync();
        }

        // The job's own service, as the scheduler resolves it.
        using (var scope = api.Services.CreateScope())
        {
            var result = await scope.ServiceProvider.GetRequiredService<ResolutionEvaluator>().EvaluateAsync(CancellationToken.None);
            Assert.True(result.PlansBroken >= 1);
        }

        using var client = api.CreateClient();
        var queue = await client.PostGraphQLAsync(
            "{ workQueue { rank reason account { creditorAccountNumber } workItems { id kind reason } } }", token: Tokens.For(world.Bob, "collector"));

        Assert.False(queue.TryGetProperty("errors", out _), queue.ToString());
        var top = queue.Data("workQueue")[0];
        Assert.Equal("BROKEN_PLAN", top.GetProperty("reason").GetString());
        Assert.Equal($"B-{world.Suffix}", top.GetProperty("account").GetProperty("creditorAccountNumber").GetString());
        var item = Assert.Single(top.GetProperty("workItems").EnumerateArray());
        Assert.Equal("BROKEN_PLAN", item.GetProperty("kind").GetString());
        // 735.00 in 7 is 105.00 each.
        Assert.StartsWith("Installment 1 of 105.00 due", item.GetProperty("reason").GetString());

        // Bob calls the debtor and closes the follow-up: the account falls back to its ordinary rank.
        const string Complete = "mutation($input: CompleteWorkItemInput!) { completeWorkItem(input: $input) { workItem { completedBy } errors { __typename ... on ConflictError { code } } } }";
        var input = new { input = new { workItemId = item.GetProperty("id").GetString() } };
        var done = await client.PostGraphQLAsync(Complete, input, Tokens.For(world.Bob, "collector"));
        var again = await client.PostGraphQLAsync(Complete, input, Tokens.For(world.Bob, "collector"));
        var byOtherTeam = await client.PostGraphQLAsync(Complete, input, Tokens.For(world.Cid, "collector"));
        var after = await client.PostGraphQLAsync("{ workQueue { reason workItems { id } } }", token: Tokens.For(world.Bob, "collector"));

        Assert.Equal(world.Bob, done.Data("completeWorkItem", "workItem", "completedBy").GetString());
        Assert.Equal("WORK_ITEM_DONE", again.Data("completeWorkItem", "errors")[0].GetProperty("code").GetString());
        Assert.Equal("NotFoundError", byOtherTeam.Data("completeWorkItem", "errors")[0].GetProperty("__typename").GetString());
        Assert.Equal("NEVER_CONTACTED", after.Data("workQueue")[0].GetProperty("reason").GetString());
        Assert.Equal(0, after.Data("workQueue")[0].GetProperty("workItems").GetArrayLength());
    }
}
