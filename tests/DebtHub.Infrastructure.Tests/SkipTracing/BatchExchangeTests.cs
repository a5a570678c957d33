using DebtHub.Domain.Common;
using DebtHub.Domain.SkipTracing;
using DebtHub.Infrastructure.Tests.Contact.Support;
using DebtHub.Infrastructure.Tests.Persistence;
using DebtHub.Infrastructure.Tests.SkipTracing.Support;
using Microsoft.EntityFrameworkCore;

namespace DebtHub.Infrastructure.Tests.SkipTracing;

/// <summary>Batch file exchange: export in the common layout, the sandbox's batch endpoint, import with a per-row report.</summary>
public sealed class BatchExchangeTests(PostgresFixture database) : IClassFixture<PostgresFixture>
{
    private static readonly PermissiblePurpose Collection = new(FcraPurpose.CollectionOfAccount, null, DppaPurpose.DebtRecovery);

    [Fact]
    public async Task An_exported_batch_comes_back_from_the_vendor_and_each_trace_gets_its_findings()
    {
        await using var sandbox = await VendorSandbox.StartAsync();
        await using var host = SkipTracingHost.Start(database, sandbox.BaseUrl, new DateTimeOffset(2026, 9, 10, 15, 0, 0, TimeSpan.Zero));
        var found = await Unreachable.DebtorAsync(database, "Batch", $"Found{Guid.NewGuid():N}"[..12], "402-33-1234");
        var gone = await Unreachable.DebtorAsync(database, "Batch", "Nohit");
        var dead = await Unreachable.DebtorAsync(database, "Batch", "Decedent");

        var (batch, file) = await host.Batches.ExportAsync("acme", [found.Account.Id, gone.Account.Id, dead.Account.Id], Collection, "sue", CancellationToken.None);
        var lines = file.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var result = await host.Batches.SubmitAsync("acme", file, CancellationToken.None);
        var report = await host.Batches.ImportAsync(batch.Id, result, "sue", CancellationToken.None);

        Assert.StartsWith("reference_id,first_name,middle_name,last_name,dob,ssn,", lines[0], StringComparison.Ordinal);
        Assert.Equal(4, lines.Length);
        Assert.Contains(lines, l => l.Contains(",402331234,", StringComparison.Ordinal));
        Assert.True(report.Imported, string.Join("; ", report.Errors));
        Assert.Equal(3, report.TracesCompleted);
        Assert.Equal(1, report.NoHits);
        await using var db = database.NewContext();
        var traces = await db.Set<SkipTrace>().Include(t => t.Candidates).Include(t => t.Indicators).Include(t => t.Lookups)
            .Where(t => t.BatchId == batch.Id).ToDictionaryAsync(t => t.AccountId);
        Assert.All(traces.Values, t => Assert.Equal(SkipTraceStatus.Completed, t.Status));
        Assert.NotEmpty(traces[found.Account.Id].Candidates);
        Assert.Empty(traces[gone.Account.Id].Candidates);
        Assert.Equal(IndicatorKind.Deceased, Assert.Single(traces[dead.Account.Id].Indicators).Kind);
        Assert.Equal(1.50m, traces.Values.Sum(t => t.TotalCost));
        Assert.Equal("FCRA 1681b(a)(3)(A)", lines[1].Split(',')[12]);
    }

    [Fact]
    public async Task A_result_file_with_bad_rows_is_refused_whole_with_each_bad_row_named()
    {
        await using var sandbox = await VendorSandbox.StartAsync();
        await using var host = SkipTracingHost.Start(database, sandbox.BaseUrl, new DateTimeOffset(2026, 9, 11, 15, 0, 0, TimeSpan.Zero));
        var debtor = await Unreachable.DebtorAsync(database, "Bad", "Rows");
        var (batch, _) = await host.Batches.ExportAsync("acme", [debtor.Account.Id], Collection, "sue", CancellationToken.None);
        await using var db0 = database.NewContext();
        var reference = await db0.Set<SkipTrace>().Where(t => t.BatchId == batch.Id).Select(t => t.Id).SingleAsync();
        var file = string.Join("\n",
            "reference_id,record_type,score,first_seen,last_seen,phone,phone_type,address1,address2,city,state,zip,email,employer_name,detail",
            $"{reference},PHONE,88,2026-01-02,2026-08-01,+13125550111,mobile,,,,,,,,",
            $"{reference},PHONE,88,2026-01-02,2026-08-01,555-1234,mobile,,,,,,,,",
            $"{Guid.NewGuid()},EMAIL,60,,,,,,,,,,x@example.com,,",
            $"{reference},ADDRESS,high,,,,,1 Main St,,Denver,CO,80202,,,",
            $"{reference},FAX,50,,,,,,,,,,,,");

        var report = await host.Batches.ImportAsync(batch.Id, file, "sue", CancellationToken.None);

        Assert.False(report.Imported);
        Assert.Equal([(3, "phone"), (4, "reference_id"), (5, "score"), (6, "record_type")], report.Errors.Select(e => (e.Line, e.Column)));
        await using var db = database.NewContext();
        Assert.Equal(0, await db.Set<SkipCandidate>().CountAsync(c => c.SkipTraceId == reference));
        Assert.Equal(BatchStatus.Exported, (await db.Set<SkipTraceBatch>().SingleAsync(b => b.Id == batch.Id)).Status);
    }

    [Fact]
    public async Task A_batch_the_budget_cannot_pay_for_is_not_exported()
    {
        await using var sandbox = await VendorSandbox.StartAsync();
        await using var host = SkipTracingHost.Start(database, sandbox.BaseUrl, new DateTimeOffset(2026, 10, 11, 15, 0, 0, TimeSpan.Zero),
            new Dictionary<string, string?> { ["SkipTracing:Vendors:acme:MonthlyBudget"] = "0.75" });
        var one = await Unreachable.DebtorAsync(database, "Over", "Budget");
        var two = await Unreachable.DebtorAsync(database, "Over", "Budgettwo");

        var refusal = await Assert.ThrowsAsync<DomainException>(() =>
            host.Batches.ExportAsync("acme", [one.Account.Id, two.Account.Id], Collection, "sue", CancellationToken.None));

        Assert.Equal("BUDGET_EXHAUSTED", refusal.Code);
        Assert.Equal(0, await database.CountAsync($"select count(*) from skip_traces where account_id in ('{one.Account.Id}', '{two.Account.Id}')"));
    }
}
