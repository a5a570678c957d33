using DebtHub.Domain.Compliance;
using DebtHub.Domain.Debtors;
using DebtHub.Domain.SkipTracing;
using DebtHub.Infrastructure.Contact;
using DebtHub.Infrastructure.SkipTracing;
using DebtHub.Infrastructure.Tests.Contact.Support;
using DebtHub.Infrastructure.Tests.Persistence;
using DebtHub.Infrastructure.Tests.SkipTracing.Support;
using Microsoft.EntityFrameworkCore;

namespace DebtHub.Infrastructure.Tests.SkipTracing;

/// <summary>
/// Queue → lookup (single and batch) → review → apply → dialable only as the compliance gate allows: a hand-dialed call
/// to the found number, never an autodialed one until the consumer consents.
/// </summary>
public sealed class EndToEndTests(PostgresFixture database) : IClassFixture<PostgresFixture>
{
    private static readonly PermissiblePurpose Collection = new(FcraPurpose.CollectionOfAccount, null, null);

    [Fact]
    public async Task A_single_lookup_applied_by_a_collector_makes_the_account_dialable_by_hand_only()
    {
        await using var sandbox = await VendorSandbox.StartAsync();
        await using var skip = SkipTracingHost.Start(database, sandbox.BaseUrl, Scenario.Morning);
        await using var contact = await GatewayHost.StartAsync(database, Scenario.Morning);
        var debtor = await Unreachable.DebtorAsync(database, "Lena", $"Single{Guid.NewGuid():N}"[..12], "501-44-7788");

        Assert.Contains(debtor.Account.Id, await QueueAsync());
        var before = await contact.Gateway.EvaluateAsync(ContactIntent.Call(debtor.Account.Id, debtor.Mobile.Id, ContactMode.ManualDial), null, CancellationToken.None);
        Assert.Contains(before.BlockedBy, b => b.RuleId == ContactGateway.NumberStatusRuleId);

        var trace = await skip.Waterfall.TraceAsync(debtor.Account.Id, Collection, "cid", CancellationToken.None);
        var best = trace.Candidates.Where(c => c.Kind == CandidateKind.Phone).OrderBy(c => c.Rank).First();
        var review = await skip.Review.ApplyAsync(best.Id, "cid", CancellationToken.None);

        Assert.Equal(CandidateStatus.Applied, review.Candidate.Status);
        await using var db = database.NewContext();
        var phone = await db.DebtorPhones.Include(p => p.Consents).SingleAsync(p => p.Id == review.ContactId);
        Assert.Equal((PhoneStatus.Unverified, ContactSource.SkipTrace, 0), (phone.Status, phone.Source, phone.Consents.Count));
        Assert.Equal(PhoneStatus.Disconnected, (await db.DebtorPhones.SingleAsync(p => p.Id == debtor.Mobile.Id)).Status);
        var manual = await contact.Gateway.EvaluateAsync(ContactIntent.Call(debtor.Account.Id, phone.Id, ContactMode.ManualDial), null, CancellationToken.None);
        var predictive = await contact.Gateway.EvaluateAsync(ContactIntent.Call(debtor.Account.Id, phone.Id, ContactMode.Predictive), null, CancellationToken.None);
        Assert.True(manual.Allowed, string.Join("; ", manual.BlockedBy.Select(b => b.RuleId + ": " + b.Explanation)));
        Assert.False(predictive.Allowed);
        Assert.Equal("TCPA-WIRELESS-CONSENT", Assert.Single(predictive.BlockedBy).RuleId);
        Assert.DoesNotContain(debtor.Account.Id, await QueueAsync());
    }

    [Fact]
    public async Task A_batch_result_applied_puts_a_checked_address_and_an_unverified_number_on_file()
    {
        await using var sandbox = await VendorSandbox.StartAsync();
        await using var skip = SkipTracingHost.Start(database, sandbox.BaseUrl, Scenario.Morning);
        await using var contact = await GatewayHost.StartAsync(database, Scenario.Morning);
        var debtor = await Unreachable.DebtorAsync(database, "Omar", $"Batch{Guid.NewGuid():N}"[..12], "502-55-6677");

        var (batch, file) = await skip.Batches.ExportAsync("acme", [debtor.Account.Id], Collection, "sue", CancellationToken.None);
        var report = await skip.Batches.ImportAsync(batch.Id, await skip.Batches.SubmitAsync("acme", file, CancellationToken.None), "sue", CancellationToken.None);
        Assert.True(report.Imported);
        await using var db = database.NewContext();
        var trace = await db.Set<SkipTrace>().Include(t => t.Candidates).SingleAsync(t => t.BatchId == batch.Id);
        var address = trace.Candidates.First(c => c.Kind == CandidateKind.Address);
        var phone = trace.Candidates.Where(c => c.Kind == CandidateKind.Phone).OrderBy(c => c.Rank).First();

        var appliedAddress = await skip.Review.ApplyAsync(address.Id, "sue", CancellationToken.None);
        var appliedPhone = await skip.Review.ApplyAsync(phone.Id, "sue", CancellationToken.None);

        var onFile = await db.DebtorAddresses.AsNoTracking().SingleAsync(a => a.Id == appliedAddress.ContactId);
        Assert.Equal((address.State, AddressStatus.Unknown, ContactSource.SkipTrace), (onFile.State, onFile.Status, onFile.Source));
        var manual = await contact.Gateway.EvaluateAsync(ContactIntent.Call(debtor.Account.Id, appliedPhone.ContactId!.Value, ContactMode.ManualDial), null, CancellationToken.None);
        var progressive = await contact.Gateway.EvaluateAsync(ContactIntent.Call(debtor.Account.Id, appliedPhone.ContactId!.Value, ContactMode.Progressive), null, CancellationToken.None);
        Assert.True(manual.Allowed, string.Join("; ", manual.BlockedBy.Select(b => b.RuleId)));
        Assert.Contains(progressive.BlockedBy, b => b.RuleId == "TCPA-WIRELESS-CONSENT");
        var again = await Assert.ThrowsAsync<Domain.Common.DomainException>(() => skip.Review.ApplyAsync(phone.Id, "sue", CancellationToken.None));
        Assert.Equal("CANDIDATE_REVIEWED", again.Code);
    }

    [Fact]
    public async Task An_address_whose_ZIP_is_not_in_its_state_is_refused_and_stays_for_review()
    {
        await using var sandbox = await VendorSandbox.StartAsync();
        await using var skip = SkipTracingHost.Start(database, sandbox.BaseUrl, Scenario.Morning);
        var debtor = await Unreachable.DebtorAsync(database, "Zed", "Zipcheck");
        var (batch, _) = await skip.Batches.ExportAsync("acme", [debtor.Account.Id], Collection, "sue", CancellationToken.None);
        await using var db = database.NewContext();
        var reference = await db.Set<SkipTrace>().Where(t => t.BatchId == batch.Id).Select(t => t.Id).SingleAsync();
        await skip.Batches.ImportAsync(batch.Id,
            "reference_id,record_type,score,first_seen,last_seen,phone,phone_type,address1,address2,city,state,zip,email,employer_name,detail\n" +
            $"{reference},ADDRESS,90,2026-01-01,2026-06-01,,,9 Elm St,,Denver,TX,80202,,,\n", "sue", CancellationToken.None);
        var candidate = await db.Set<SkipCandidate>().SingleAsync(c => c.SkipTraceId == reference);

        var refusal = await Assert.ThrowsAsync<Domain.Common.DomainException>(() => skip.Review.ApplyAsync(candidate.Id, "sue", CancellationToken.None));

        Assert.Equal("ADDRESS_CHECK_FAILED", refusal.Code);
        await using var after = database.NewContext();
        Assert.Equal(CandidateStatus.Pending, (await after.Set<SkipCandidate>().SingleAsync(c => c.Id == candidate.Id)).Status);
        Assert.Equal(1, await after.DebtorAddresses.CountAsync(a => a.DebtorId == debtor.Debtor.Id));
    }

    private async Task<List<Guid>> QueueAsync()
    {
        await using var db = database.NewContext();
        return await db.Accounts.SkipQueue(db, new DateOnly(2026, 6, 10)).Select(r => r.AccountId).ToListAsync();
    }
}
