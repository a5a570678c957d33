using DebtHub.Domain.Common;
using DebtHub.Domain.Debtors;
using DebtHub.Domain.SkipTracing;
using DebtHub.Infrastructure.Tests.Contact.Support;
using DebtHub.Infrastructure.Tests.Persistence;
using DebtHub.Infrastructure.SkipTracing;
using DebtHub.Infrastructure.Tests.SkipTracing.Support;
using Microsoft.EntityFrameworkCore;

namespace DebtHub.Infrastructure.Tests.SkipTracing;

/// <summary>Single lookups through the waterfall (internal cross-match, then the HTTP vendor) against the vendor sandbox.</summary>
public sealed class VendorLookupTests(PostgresFixture database) : IClassFixture<PostgresFixture>
{
    private static readonly PermissiblePurpose Collection = new(FcraPurpose.CollectionOfAccount, GlbaPurpose.EnforceTransaction, null);

    [Fact]
    public async Task A_vendor_hit_gives_ranked_candidates_with_source_confidence_and_dates_and_costs_the_configured_price()
    {
        await using var sandbox = await VendorSandbox.StartAsync();
        await using var host = SkipTracingHost.Start(database, sandbox.BaseUrl, Scenario.Morning);
        var debtor = await Unreachable.DebtorAsync(database, "Rosa", $"Vendor{Guid.NewGuid():N}"[..14], "219-09-9999");

        var trace = await host.Waterfall.TraceAsync(debtor.Account.Id, Collection, "cid", CancellationToken.None);

        Assert.Equal(["internal", "acme"], trace.Lookups.Select(l => l.Provider));
        Assert.Equal([LookupOutcome.NoHit, LookupOutcome.Hit], trace.Lookups.Select(l => l.Outcome));
        Assert.Equal([0m, 0.50m], trace.Lookups.Select(l => l.Cost));
        Assert.Equal("cid", trace.RequestedBy);
        Assert.Equal(FcraPurpose.CollectionOfAccount, trace.FcraPurpose);
        var ranked = trace.Candidates.OrderBy(c => c.Rank).ToList();
        Assert.Equal(Enumerable.Range(1, ranked.Count), ranked.Select(c => c.Rank));
        Assert.True(ranked.Zip(ranked.Skip(1)).All(p => p.First.Confidence >= p.Second.Confidence));
        Assert.All(ranked, c => Assert.Equal("acme", c.Provider));
        Assert.All(ranked, c => Assert.NotNull(c.FirstSeen));
        Assert.Contains(ranked, c => c.Kind == CandidateKind.Phone && c.LineType == LineType.Mobile);
        Assert.Contains(ranked, c => c.Kind == CandidateKind.Address);
        Assert.Equal(0.50m, await SpentAsync("acme"));
    }

    [Fact]
    public async Task A_lookup_without_a_permissible_purpose_is_refused_before_any_provider_is_asked()
    {
        await using var sandbox = await VendorSandbox.StartAsync();
        await using var host = SkipTracingHost.Start(database, sandbox.BaseUrl, Scenario.Morning);
        var debtor = await Unreachable.DebtorAsync(database, "Rosa", "Nopurpose");

        var refusal = await Assert.ThrowsAsync<DomainException>(() =>
            host.Waterfall.TraceAsync(debtor.Account.Id, new PermissiblePurpose(null, null, null), "cid", CancellationToken.None));

        Assert.Equal("PERMISSIBLE_PURPOSE_REQUIRED", refusal.Code);
        Assert.Equal(0, await sandbox.LocateCallsAsync());
        Assert.Equal(0, await database.CountAsync($"select count(*) from skip_traces where account_id = '{debtor.Account.Id}'"));
    }

    [Fact]
    public async Task The_waterfall_stops_at_our_own_records_when_they_meet_the_threshold_and_the_vendor_is_not_paid()
    {
        await using var sandbox = await VendorSandbox.StartAsync();
        await using var host = SkipTracingHost.Start(database, sandbox.BaseUrl, Scenario.Morning);
        var debtor = await Unreachable.DebtorAsync(database, "Ines", "Crossmatch", "318-22-4455");
        var other = Scenario.At(Scenario.Morning);
        other.Debtor.SetSsn(SkipWorld.Ssn.Protect("318224455"));
        other.Debtor.AddPhone(PhoneNumber.Parse("+13125550177"), LineType.Mobile, ContactSource.Consumer, false, Scenario.Morning).MarkStatus(PhoneStatus.Valid);
        await other.SaveAsync(database);

        var trace = await host.Waterfall.TraceAsync(debtor.Account.Id, Collection, "cid", CancellationToken.None);

        var lookup = Assert.Single(trace.Lookups);
        Assert.Equal("internal", lookup.Provider);
        Assert.Equal(95, trace.BestConfidence);
        Assert.Equal(0, await sandbox.LocateCallsAsync());
    }

    [Fact]
    public async Task Concurrent_lookups_never_spend_more_than_the_monthly_budget()
    {
        await using var sandbox = await VendorSandbox.StartAsync();
        var budget = new Dictionary<string, string?>
        {
            ["SkipTracing:Waterfall:0"] = "acme",
            ["SkipTracing:Waterfall:1"] = null,
            ["SkipTracing:Vendors:acme:MonthlyBudget"] = "2.00",
            ["SkipTracing:Vendors:acme:RequestsPerSecond"] = "100",
        };
        await using var host = SkipTracingHost.Start(database, sandbox.BaseUrl, new DateTimeOffset(2026, 7, 15, 15, 0, 0, TimeSpan.Zero), budget);
        var debtors = new List<Scenario>();
        for (var i = 0; i < 12; i++)
        {
            debtors.Add(await Unreachable.DebtorAsync(database, "Budget", $"Person{i}x{Guid.NewGuid():N}"[..16]));
        }

        var traces = await Task.WhenAll(debtors.Select(d => Task.Run(() => host.Waterfall.TraceAsync(d.Account.Id, Collection, "cid", CancellationToken.None))));

        var outcomes = traces.Select(t => Assert.Single(t.Lookups).Outcome).ToList();
        Assert.Equal(4, outcomes.Count(o => o is LookupOutcome.Hit or LookupOutcome.NoHit));
        Assert.Equal(8, outcomes.Count(o => o == LookupOutcome.BudgetExhausted));
        Assert.Equal(2.00m, await SpentAsync("acme", "2026-07-01"));
        Assert.Equal(4, await sandbox.LocateCallsAsync());
        Assert.All(traces.SelectMany(t => t.Lookups).Where(l => l.Outcome == LookupOutcome.BudgetExhausted), l => Assert.Equal(0m, l.Cost));
    }

    [Fact]
    public async Task A_vendor_that_refuses_the_key_is_recorded_as_failed_and_refunded()
    {
        await using var sandbox = await VendorSandbox.StartAsync();
        await using var host = SkipTracingHost.Start(database, sandbox.BaseUrl, new DateTimeOffset(2026, 8, 15, 15, 0, 0, TimeSpan.Zero),
            new Dictionary<string, string?> { ["SkipTracing:Vendors:acme:ApiKey"] = "wrong-key" });
        var debtor = await Unreachable.DebtorAsync(database, "Key", "Refused");

        var trace = await host.Waterfall.TraceAsync(debtor.Account.Id, Collection, "cid", CancellationToken.None);

        Assert.Equal(LookupOutcome.Failed, trace.Lookups.Single(l => l.Provider == "acme").Outcome);
        Assert.Equal(0m, trace.TotalCost);
        Assert.Equal(0m, await SpentAsync("acme", "2026-08-01"));
    }

    [Fact]
    public async Task A_vendor_that_throttles_is_recorded_as_rate_limited_and_not_charged()
    {
        await using var sandbox = await VendorSandbox.StartAsync(maxRequestsPerSecond: 1);
        await using var host = SkipTracingHost.Start(database, sandbox.BaseUrl, new DateTimeOffset(2026, 9, 15, 15, 0, 0, TimeSpan.Zero),
            new Dictionary<string, string?> { ["SkipTracing:Waterfall:0"] = "acme", ["SkipTracing:Waterfall:1"] = null });
        var debtors = new List<Scenario>();
        for (var i = 0; i < 4; i++)
        {
            debtors.Add(await Unreachable.DebtorAsync(database, "Throttle", $"Person{i}x{Guid.NewGuid():N}"[..16]));
        }

        var traces = await Task.WhenAll(debtors.Select(d => host.Waterfall.TraceAsync(d.Account.Id, Collection, "cid", CancellationToken.None)));

        var lookups = traces.Select(t => t.Lookups.Single()).ToList();
        Assert.Contains(lookups, l => l.Outcome == LookupOutcome.RateLimited);
        Assert.All(lookups.Where(l => l.Outcome == LookupOutcome.RateLimited), l => Assert.Equal(0m, l.Cost));
        Assert.Equal(0.50m * lookups.Count(l => l.Outcome is LookupOutcome.Hit or LookupOutcome.NoHit), await SpentAsync("acme", "2026-09-01"));
    }

    [Fact]
    public async Task The_configured_rule_applies_what_the_provider_is_sure_of_and_leaves_the_rest_for_review()
    {
        await using var sandbox = await VendorSandbox.StartAsync();
        await using var host = SkipTracingHost.Start(database, sandbox.BaseUrl, Scenario.Morning,
            new Dictionary<string, string?> { ["SkipTracing:AutoApplyMinimumConfidence"] = "80" });
        var debtor = await Unreachable.DebtorAsync(database, "Auto", $"Apply{Guid.NewGuid():N}"[..12], "219-44-0001");

        var trace = await host.Waterfall.TraceAsync(debtor.Account.Id, Collection, "cid", CancellationToken.None);

        Assert.All(trace.Candidates.Where(c => c.Status == CandidateStatus.Applied), c =>
        {
            Assert.True(c.Confidence >= 80);
            Assert.Equal(SkipTraceWaterfall.AutoApplyReviewer, c.ReviewedBy);
        });
        Assert.All(trace.Candidates.Where(c => c.Confidence < 80), c => Assert.Equal(CandidateStatus.Pending, c.Status));
        Assert.Contains(trace.Candidates, c => c.Status == CandidateStatus.Applied && c.Kind == CandidateKind.Phone);
        await using var db = database.NewContext();
        Assert.Equal(2, await db.DebtorPhones.CountAsync(p => p.DebtorId == debtor.Debtor.Id));
    }

    private async Task<decimal> SpentAsync(string provider, string month = "2026-06-01")
    {
        await using var command = database.DataSource.CreateCommand($"select coalesce(sum(spent), 0) from skip_trace_budgets where provider = '{provider}' and month = '{month}'");
        return (decimal)(await command.ExecuteScalarAsync())!;
    }
}
