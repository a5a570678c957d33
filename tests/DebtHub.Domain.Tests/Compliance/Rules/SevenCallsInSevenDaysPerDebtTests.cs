using DebtHub.Domain.Compliance;
using DebtHub.Domain.Compliance.Facts;
using DebtHub.Domain.Compliance.Rules;
using static DebtHub.Domain.Tests.Compliance.FactsBuilder;
using static DebtHub.Domain.Tests.Compliance.Scenario;

namespace DebtHub.Domain.Tests.Compliance.Rules;

public sealed class SevenCallsInSevenDaysPerDebtTests
{
    private const string Now = "2026-06-10 16:00";

    private static readonly string[] SixCalls = ["2026-06-04 14:00", "2026-06-05 14:00", "2026-06-06 14:00", "2026-06-07 14:00", "2026-06-08 14:00", "2026-06-09 14:00"];

    private static FactsBuilder F() => new FactsBuilder().Phone(NyMobile).Phone(NyHome, LineType.Landline, PhoneUse.Home);

    private static FactsBuilder Seven() => F().Call("2026-06-03 17:00").Calls(SixCalls);

    private static readonly Scenario[] All =
    [
        Allowed("Six_calls_in_seven_days_leave_room_for_a_seventh", F().Calls(SixCalls), Call(Now)),
        BlockedUntil("Eighth_call_within_seven_days_is_blocked_until_the_oldest_rolls_off", Seven(), Call(Now), "2026-06-10 17:00"),
        Allowed("A_call_exactly_168_hours_old_no_longer_counts", F().Call("2026-06-03 16:00").Calls(SixCalls), Call(Now)),
        BlockedUntil("A_call_one_minute_short_of_168_hours_still_counts", F().Call("2026-06-03 16:01").Calls(SixCalls), Call(Now), "2026-06-10 16:01"),
        BlockedUntil("With_eight_calls_the_second_oldest_must_roll_off", Seven().Call("2026-06-03 18:00"), Call(Now), "2026-06-10 18:00"),
        Allowed("A_not_connected_call_does_not_count", F().Call("2026-06-03 17:00", AttemptOutcome.NotConnected).Calls(SixCalls), Call(Now)),
        Allowed("A_call_recorded_as_excluded_by_consent_does_not_count", F().Call("2026-06-03 17:00", exclusion: FrequencyExclusion.DirectConsent).Calls(SixCalls), Call(Now)),
        BlockedUntil("Voicemails_count", F().Call("2026-06-03 17:00", AttemptOutcome.Voicemail).Calls(SixCalls), Call(Now), "2026-06-10 17:00"),
        BlockedUntil("Answered_calls_count", F().Call("2026-06-03 17:00", AttemptOutcome.Answered).Calls(SixCalls), Call(Now), "2026-06-10 17:00"),
        BlockedUntil("Calls_to_every_number_of_the_person_aggregate", F().Call("2026-06-03 17:00", number: NyHome).Calls(SixCalls), Call(Now), "2026-06-10 17:00"),
        Allowed("Texts_do_not_count_toward_seven_calls", F().Text("2026-06-03 17:00").Calls(SixCalls), Call(Now)),
        Allowed("Calls_about_another_debt_do_not_count", F().Debts(A).Call("2026-06-03 17:00", debts: [B]).Calls(SixCalls), Call(Now)),
        BlockedUntil("A_call_about_two_debts_counts_toward_each", F().Debts(B).Call("2026-06-03 17:00", debts: [A, B]).Call("2026-06-04 14:00", debts: [A, B]).Call("2026-06-05 14:00", debts: [A, B]).Call("2026-06-06 14:00", debts: [A, B]).Call("2026-06-07 14:00", debts: [A, B]).Call("2026-06-08 14:00", debts: [A, B]).Call("2026-06-09 14:00", debts: [A, B]), Call(Now), "2026-06-10 17:00"),
        BlockedUntil("A_call_about_two_debts_is_blocked_when_either_is_at_the_limit", Seven().Debts(A, B), Call(Now), "2026-06-10 17:00"),
        Allowed("Calls_within_direct_consent_do_not_count", Seven().Consent("2026-06-03 16:30", statedEnd: "2026-06-04 00:00"), Call(Now)),
        BlockedUntil("Consent_expires_after_seven_days_and_later_calls_count", F().Consent("2026-05-20 12:00").Call("2026-06-03 17:00").Calls(SixCalls), Call(Now), "2026-06-10 17:00"),
        Allowed("A_call_placed_while_consent_is_active_is_not_limited", Seven().Consent("2026-06-09 20:00"), Call(Now)),
        BlockedUntil("Consent_ended_earlier_by_its_stated_end_stops_excluding", F().Consent("2026-06-03 12:00", statedEnd: "2026-06-03 16:30").Call("2026-06-03 17:00").Calls(SixCalls), Call(Now), "2026-06-10 17:00"),
        BlockedUntil("Revoked_consent_stops_excluding_later_calls", F().Consent("2026-06-03 12:00", revoked: "2026-06-03 16:30").Call("2026-06-03 17:00").Calls(SixCalls), Call(Now), "2026-06-10 17:00"),
        Allowed("Consent_for_another_debt_does_not_exclude_these_calls_but_other_debt_calls_do_not_count", F().Consent("2026-06-03 12:00", debts: [B]).Call("2026-06-03 17:00", debts: [B]).Calls(SixCalls), Call(Now)),
        BlockedUntil("Student_loans_under_one_account_share_the_limit", new FactsBuilder().Phone(NyMobile).Debt(new DebtFacts(A, FrequencyKey: C)).Debt(new DebtFacts(B, FrequencyKey: C)).Call("2026-06-03 17:00", debts: [B]).Calls(SixCalls), new(ContactChannel.Call, ContactMode.ManualDial, NyMobile, Utc(Now)), "2026-06-10 17:00"),
        Allowed("A_first_party_creditor_that_does_not_follow_Reg_F_is_not_limited", Seven().Creditor(CollectionRegime.FirstParty, followsRegF: false), Call(Now)),
        BlockedUntil("A_first_party_creditor_with_a_California_consumer_is_limited", Seven().Creditor(CollectionRegime.FirstParty, followsRegF: false).Address("90012", "CA"), Call(Now), "2026-06-10 17:00"),
        Allowed("Email_is_not_limited_by_seven_calls", Seven(), Email(Now)),
        BlockedUntil("Roll_off_across_the_March_DST_change_is_exact_in_UTC", F().Calls("2026-03-05 14:00", "2026-03-06 14:00", "2026-03-07 14:00", "2026-03-08 14:00", "2026-03-09 14:00", "2026-03-10 14:00", "2026-03-11 14:00"), Call("2026-03-12 13:00"), "2026-03-12 14:00"),
    ];

    public static TheoryData<string> Names => Scenarios.Names(All);

    [Theory]
    [MemberData(nameof(Names))]
    public void Calls_per_debt_are_limited_to_seven_in_seven_days(string scenario) =>
        Scenarios.Check(new SevenCallsInSevenDaysPerDebt(), All, scenario);
}
