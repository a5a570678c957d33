using DebtHub.Domain.Compliance;
using DebtHub.Domain.Compliance.Evaluation;
using DebtHub.Domain.Compliance.Facts;
using DebtHub.Domain.Compliance.Rules;
using static DebtHub.Domain.Tests.Compliance.FactsBuilder;
using static DebtHub.Domain.Tests.Compliance.Scenario;

namespace DebtHub.Domain.Tests.Compliance.Rules;

/// <summary>Holds that only a person can lift: account status, deceased, bankruptcy, cease, attorney, dispute, validation.</summary>
public sealed class HoldRulesTests
{
    private const string Now = "2026-06-10 16:00";

    private static FactsBuilder With(DebtFacts debt) => new FactsBuilder().Phone(NyMobile).Debt(debt);

    private static readonly (IContactRule Rule, Scenario Scenario)[] All =
    [
        (new AccountOnHoldOrClosed(), Allowed("An_active_account_without_holds_may_be_worked", With(new DebtFacts(A)), Call(Now))),
        (new AccountOnHoldOrClosed(), NeedsPerson("A_closed_account_is_not_worked", With(new DebtFacts(A, Status: DebtStatus.Closed)), Call(Now))),
        (new AccountOnHoldOrClosed(), NeedsPerson("A_recalled_account_is_not_worked", With(new DebtFacts(A, Status: DebtStatus.Recalled)), Letter(Now))),
        (new AccountOnHoldOrClosed(), NeedsPerson("An_active_supervisor_hold_blocks_until_lifted", With(new DebtFacts(A, Holds: [new HoldFacts("complaint review", Utc("2026-06-01 00:00"))])), Call(Now))),
        (new AccountOnHoldOrClosed(), Allowed("A_lifted_hold_no_longer_blocks", With(new DebtFacts(A, Holds: [new HoldFacts("complaint review", Utc("2026-06-01 00:00"), Utc("2026-06-05 00:00"))])), Call(Now))),
        (new DeceasedConsumer(), NeedsPerson("A_deceased_debtor_is_not_called", new FactsBuilder().Phone(NyMobile).Deceased("2026-06-01 00:00"), Call(Now))),
        (new DeceasedConsumer(), NeedsPerson("A_deceased_debtor_gets_no_letters_by_this_path", new FactsBuilder().Phone(NyMobile).Deceased("2026-06-01 00:00"), Letter(Now))),
        (new DeceasedConsumer(), Allowed("Before_the_death_is_reported_contact_proceeds", new FactsBuilder().Phone(NyMobile).Deceased("2026-06-20 00:00"), Call(Now))),
        (new BankruptcyStay(), NeedsPerson("A_bankruptcy_notice_stops_calls", With(new DebtFacts(A, Bankruptcy: new BankruptcyFacts(Utc("2026-06-01 00:00"), 7))), Call(Now))),
        (new BankruptcyStay(), NeedsPerson("A_chapter_13_co_debtor_stay_stops_texts", With(new DebtFacts(A, Bankruptcy: new BankruptcyFacts(Utc("2026-06-01 00:00"), 13, CoDebtorStay: true))), Text(Now))),
        (new BankruptcyStay(), Allowed("Relief_from_stay_recorded_by_counsel_reopens_contact", With(new DebtFacts(A, Bankruptcy: new BankruptcyFacts(Utc("2026-05-01 00:00"), 7, ReleasedAt: Utc("2026-06-01 00:00")))), Call(Now))),
        (new CeaseCommunication(), NeedsPerson("A_written_cease_stops_calls", With(new DebtFacts(A, CeaseReceivedAt: Utc("2026-06-01 00:00"))), Call(Now))),
        (new CeaseCommunication(), NeedsPerson("A_written_cease_stops_emails", With(new DebtFacts(A, CeaseReceivedAt: Utc("2026-06-01 00:00"))), Email(Now))),
        (new CeaseCommunication(), NeedsPerson("A_written_cease_stops_collection_letters", With(new DebtFacts(A, CeaseReceivedAt: Utc("2026-06-01 00:00"))), Letter(Now))),
        (new CeaseCommunication(), Allowed("A_required_notice_letter_passes_a_cease", With(new DebtFacts(A, CeaseReceivedAt: Utc("2026-06-01 00:00"))), Letter(Now, ContactPurpose.RequiredNotice))),
        (new CeaseCommunication(), Allowed("A_cease_on_another_debt_does_not_stop_this_one", new FactsBuilder().Phone(NyMobile).Debts(A), Call(Now))),
        (new AttorneyRepresentation(), NeedsPerson("Known_attorney_representation_stops_consumer_calls", With(new DebtFacts(A, Attorney: new AttorneyFacts(Utc("2026-06-01 00:00")))), Call(Now))),
        (new AttorneyRepresentation(), Allowed("Representation_without_a_known_attorney_does_not_block", With(new DebtFacts(A, Attorney: new AttorneyFacts(Utc("2026-06-01 00:00"), NameOrAddressKnown: false))), Call(Now))),
        (new AttorneyRepresentation(), Allowed("The_attorneys_consent_to_direct_contact_lifts_the_block", With(new DebtFacts(A, Attorney: new AttorneyFacts(Utc("2026-06-01 00:00"), ConsentedToDirectContact: true))), Call(Now))),
        (new WrittenDisputePendingVerification(), NeedsPerson("A_timely_written_dispute_stops_collection_calls", With(new DebtFacts(A, Dispute: DisputeStatus.WrittenTimelyPendingVerification)), Call(Now))),
        (new WrittenDisputePendingVerification(), Allowed("An_oral_dispute_does_not_stop_collection", With(new DebtFacts(A, Dispute: DisputeStatus.Oral)), Call(Now))),
        (new WrittenDisputePendingVerification(), Allowed("A_verified_dispute_no_longer_blocks", With(new DebtFacts(A, Dispute: DisputeStatus.Verified)), Call(Now))),
        (new WrittenDisputePendingVerification(), Allowed("The_verification_letter_itself_passes", With(new DebtFacts(A, Dispute: DisputeStatus.WrittenTimelyPendingVerification)), Letter(Now, ContactPurpose.RequiredNotice))),
        (new ValidationNoticeOverdue(), NeedsPerson("No_validation_notice_five_days_after_first_contact_stops_calls", With(new DebtFacts(A, FirstCommunicationAt: Utc("2026-06-05 16:00"))), Call(Now))),
        (new ValidationNoticeOverdue(), Allowed("Within_five_days_of_first_contact_calls_continue", With(new DebtFacts(A, FirstCommunicationAt: Utc("2026-06-05 16:01"))), Call(Now))),
        (new ValidationNoticeOverdue(), Allowed("A_sent_validation_notice_clears_the_block", With(new DebtFacts(A, FirstCommunicationAt: Utc("2026-06-01 16:00"), ValidationNoticeSentAt: Utc("2026-06-02 16:00"))), Call(Now))),
        (new ValidationNoticeOverdue(), Allowed("The_validation_notice_letter_itself_passes", With(new DebtFacts(A, FirstCommunicationAt: Utc("2026-06-01 16:00"))), Letter(Now))),
    ];

    public static TheoryData<string> Names => Scenarios.Names(All.Select(r => r.Scenario));

    [Theory]
    [MemberData(nameof(Names))]
    public void Holds_only_a_person_can_lift_block_contact(string scenario)
    {
        var row = All.Single(r => r.Scenario.Name == scenario);
        Scenarios.Check(row.Rule, [row.Scenario], scenario);
    }
}
