using DebtHub.Domain.Common;
using DebtHub.Domain.Debtors;
using DebtHub.Domain.SkipTracing;

namespace DebtHub.Domain.Tests.SkipTracing;

public sealed class SkipTraceTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 10, 15, 0, 0, TimeSpan.Zero);

    private static readonly PermissiblePurpose Collection = new(FcraPurpose.CollectionOfAccount, null, null);

    [Fact]
    public void A_trace_without_any_permissible_purpose_is_refused()
    {
        var refusal = Assert.Throws<DomainException>(() =>
            SkipTrace.Start(Guid.NewGuid(), Guid.NewGuid(), new PermissiblePurpose(null, null, null), "ann", SkipTraceMode.Single, null, Now));

        Assert.Equal("PERMISSIBLE_PURPOSE_REQUIRED", refusal.Code);
    }

    [Fact]
    public void Results_are_ranked_new_before_on_file_then_by_confidence_and_never_touch_the_file()
    {
        var debtor = Debtor.CreatePerson("Ana", null, "Lopez", null, "en", Now);
        debtor.AddPhone(PhoneNumber.Parse("+13125550142"), LineType.Mobile, ContactSource.Creditor, false, Now);
        var trace = SkipTrace.Start(Guid.NewGuid(), debtor.Id, Collection, "ann", SkipTraceMode.Single, null, Now);

        trace.RecordAnswer("acme", 0.5m, "USD",
        [
            new CandidateData(CandidateKind.Phone, 99, null, null, Phone: "(312) 555-0142"),
            new CandidateData(CandidateKind.Email, 60, null, null, Email: "ana@example.com"),
            new CandidateData(CandidateKind.Phone, 85, new DateOnly(2025, 1, 1), new DateOnly(2026, 5, 1), Phone: "+17735550100"),
            new CandidateData(CandidateKind.Phone, 70, null, null, Phone: "not a phone"),
        ], [], debtor, Now);

        var ranked = trace.Candidates.OrderBy(c => c.Rank).Select(c => (c.Phone ?? c.Email, c.Status)).ToList();
        Assert.Equal([("+17735550100", CandidateStatus.Pending), ("ana@example.com", CandidateStatus.Pending), ("+13125550142", CandidateStatus.AlreadyOnFile)], ranked);
        Assert.Equal(85, trace.BestConfidence);
        Assert.Equal(1, trace.Lookups.Single().UnusableCount);
        Assert.Single(debtor.Phones);
    }

    [Fact]
    public void An_applied_phone_goes_on_file_unverified_without_consent_and_cannot_be_applied_twice()
    {
        var debtor = Debtor.CreatePerson("Ana", null, "Lopez", null, "en", Now);
        var trace = SkipTrace.Start(Guid.NewGuid(), debtor.Id, Collection, "ann", SkipTraceMode.Single, null, Now);
        trace.RecordAnswer("acme", 0m, "USD", [new CandidateData(CandidateKind.Phone, 90, null, null, Phone: "+17735550100", LineType: LineType.Mobile)], [], debtor, Now);
        var candidate = trace.Candidates.Single();

        var phoneId = SkipResultApplier.Apply(trace, candidate.Id, debtor, "ann", Now);

        var phone = debtor.Phones.Single(p => p.Id == phoneId);
        Assert.Equal((PhoneStatus.Unverified, ContactSource.SkipTrace, 0), (phone.Status, phone.Source, phone.Consents.Count));
        Assert.Equal("CANDIDATE_REVIEWED", Assert.Throws<DomainException>(() => SkipResultApplier.Apply(trace, candidate.Id, debtor, "ann", Now)).Code);
    }

    [Fact]
    public void The_configured_rule_applies_confident_results_and_leaves_a_failing_address_and_employers_for_a_person()
    {
        var debtor = Debtor.CreatePerson("Ana", null, "Lopez", null, "en", Now);
        var trace = SkipTrace.Start(Guid.NewGuid(), debtor.Id, Collection, "ann", SkipTraceMode.Single, null, Now);
        trace.RecordAnswer("acme", 0m, "USD",
        [
            new CandidateData(CandidateKind.Phone, 92, null, null, Phone: "+17735550100"),
            new CandidateData(CandidateKind.Address, 95, null, null, Line1: "9 Elm St", City: "Denver", State: "TX", Zip: "80202"),
            new CandidateData(CandidateKind.Employer, 99, null, null, Phone: "+17735550101", EmployerName: "Acme"),
            new CandidateData(CandidateKind.Email, 50, null, null, Email: "ana@example.com"),
        ], [], debtor, Now);

        var applied = SkipResultApplier.ApplyConfident(trace, debtor, 80, "rule", Now);

        Assert.Equal(1, applied);
        Assert.Equal(["+17735550100"], debtor.Phones.Select(p => p.Number));
        Assert.Empty(debtor.Addresses);
        Assert.Equal(3, trace.Candidates.Count(c => c.Status == CandidateStatus.Pending));
    }

    [Theory]
    [InlineData("IL", "60601", null)]
    [InlineData("OR", "97201", null)]
    [InlineData("TX", "80202", "ZIP code 80202 is not in TX")]
    [InlineData("ZZ", "60601", "\"ZZ\" is not a US state")]
    [InlineData("IL", "6060", "\"6060\" is not a US ZIP code")]
    public void A_found_address_is_checked_for_a_valid_state_and_ZIP_that_agree(string state, string zip, string? problem)
    {
        var found = SkipResultApplier.AddressProblem(state, zip);

        if (problem is null)
        {
            Assert.Null(found);
        }
        else
        {
            Assert.StartsWith(problem, found, StringComparison.Ordinal);
        }
    }
}
