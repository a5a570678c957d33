using DebtHub.Domain.Common;
using DebtHub.Domain.Debtors;
using DebtHub.Domain.SkipTracing;
using DebtHub.Infrastructure.SkipTracing.Providers;
using DebtHub.Infrastructure.Tests.Contact.Support;
using DebtHub.Infrastructure.Tests.Persistence;
using DebtHub.Infrastructure.Tests.SkipTracing.Support;

namespace DebtHub.Infrastructure.Tests.SkipTracing;

public sealed class InternalCrossMatchTests(PostgresFixture database) : IClassFixture<PostgresFixture>
{
    private static readonly PermissiblePurpose Collection = new(FcraPurpose.CollectionOfAccount, null, null);

    [Fact]
    public async Task Another_record_with_the_same_SSN_gives_its_newer_good_number_but_not_its_disconnected_one()
    {
        var ssn = SkipWorld.Ssn.Protect("123-45-6789");
        var traced = Scenario.At(Scenario.Morning);
        traced.Debtor.SetSsn(ssn);
        traced.Mobile.MarkStatus(PhoneStatus.Disconnected);
        await traced.SaveAsync(database);
        var other = Scenario.At(Scenario.Morning.AddDays(30));
        other.Debtor.Rename("Ana", "M", "Lopez-Reyes");
        other.Debtor.SetSsn(SkipWorld.Ssn.Protect("123456789"));
        var fresh = other.Debtor.AddPhone(PhoneNumber.Parse("+17735550199"), LineType.Mobile, ContactSource.Consumer, false, Scenario.Morning.AddDays(30));
        fresh.MarkStatus(PhoneStatus.Valid);
        other.Debtor.AddPhone(PhoneNumber.Parse("+17735550198"), LineType.Landline, ContactSource.Creditor, false, Scenario.Morning.AddDays(30))
            .MarkStatus(PhoneStatus.Disconnected);
        await other.SaveAsync(database);

        var answer = await Provider().LookupAsync(SkipSubjects.Of(traced.Debtor, traced.Account.Id, null), Collection, CancellationToken.None);

        Assert.Equal(LookupOutcome.Hit, answer.Outcome);
        Assert.Equal(0m, answer.Cost);
        var phone = Assert.Single(answer.Candidates, c => c.Kind == CandidateKind.Phone);
        Assert.Equal("+17735550199", phone.Phone);
        Assert.Equal(95, phone.Confidence);
    }

    [Fact]
    public async Task Same_name_and_birth_date_match_with_lower_confidence_and_a_stranger_matches_nothing()
    {
        var traced = Scenario.At(Scenario.Morning);
        traced.Debtor.Rename("Marta", null, "Quintero");
        await traced.SaveAsync(database);
        var twin = Scenario.At(Scenario.Morning.AddDays(10));
        twin.Debtor.Rename("MARTA", null, "quintero");
        twin.Debtor.AddEmail("marta.q@example.com", false, ContactSource.Consumer, Scenario.Morning.AddDays(10));
        await twin.SaveAsync(database);

        var answer = await Provider().LookupAsync(SkipSubjects.Of(traced.Debtor, traced.Account.Id, null), Collection, CancellationToken.None);
        var stranger = Scenario.At(Scenario.Morning);
        stranger.Debtor.Rename("Nobody", null, $"Else{Guid.NewGuid():N}");
        await stranger.SaveAsync(database);
        var none = await Provider().LookupAsync(SkipSubjects.Of(stranger.Debtor, stranger.Account.Id, null), Collection, CancellationToken.None);

        var email = Assert.Single(answer.Candidates, c => c.Kind == CandidateKind.Email);
        Assert.Equal(70, email.Confidence);
        Assert.Equal(LookupOutcome.NoHit, none.Outcome);
    }

    private InternalCrossMatchProvider Provider() => new(SkipWorld.Contexts(database));
}
