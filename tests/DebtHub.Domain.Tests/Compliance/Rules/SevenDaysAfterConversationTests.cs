using DebtHub.Domain.Compliance.Facts;
using DebtHub.Domain.Compliance.Rules;
using static DebtHub.Domain.Tests.Compliance.FactsBuilder;
using static DebtHub.Domain.Tests.Compliance.Scenario;

namespace DebtHub.Domain.Tests.Compliance.Rules;

public sealed class SevenDaysAfterConversationTests
{
    // 2026-06-08 is a Monday; 14:00 UTC is 10:00 in New York (EDT).
    private static FactsBuilder F() => new FactsBuilder().Phone(NyMobile);

    private static readonly Scenario[] All =
    [
        BlockedUntil("A_call_the_day_after_a_conversation_is_blocked_until_the_following_Monday", F().Conversation("2026-06-08 14:00"), Call("2026-06-09 14:00"), "2026-06-15 04:00"),
        BlockedUntil("A_call_on_day_seven_late_evening_is_still_blocked", F().Conversation("2026-06-08 14:00"), Call("2026-06-15 00:30"), "2026-06-15 04:00"),
        Allowed("A_call_on_day_eight_at_local_midnight_is_allowed", F().Conversation("2026-06-08 14:00"), Call("2026-06-15 04:00")),
        BlockedUntil("An_inbound_conversation_starts_the_bar_too", F().Conversation("2026-06-08 14:00", inbound: true), Call("2026-06-10 14:00"), "2026-06-15 04:00"),
        BlockedUntil("A_conversation_about_two_debts_bars_each", F().Debts(B).Conversation("2026-06-08 14:00", debts: [A, B]), Call("2026-06-10 14:00"), "2026-06-15 04:00"),
        Allowed("A_conversation_about_another_debt_does_not_bar_this_one", F().Conversation("2026-06-08 14:00", debts: [C]), Call("2026-06-10 14:00")),
        BlockedUntil("A_call_about_two_debts_is_barred_by_a_conversation_about_either", F().Debts(A, B).Conversation("2026-06-08 14:00", debts: [B]), Call("2026-06-10 14:00"), "2026-06-15 04:00"),
        Allowed("A_conversation_eight_days_ago_no_longer_bars", F().Conversation("2026-06-01 14:00"), Call("2026-06-09 14:00")),
        Allowed("A_callback_the_consumer_asked_for_is_excluded_by_their_direct_consent", F().Conversation("2026-06-08 14:00").Consent("2026-06-08 14:05"), Call("2026-06-09 14:00")),
        BlockedUntil("Direct_consent_expires_after_seven_days_but_the_bar_is_over_by_then", F().Conversation("2026-06-08 14:00").Consent("2026-06-01 14:05"), Call("2026-06-09 14:00"), "2026-06-15 04:00"),
        BlockedUntil("With_zones_in_doubt_the_bar_ends_in_the_latest_zone", F().Phone("+12135550199").Conversation("2026-06-09 05:30"), Call("2026-06-15 05:00", "+12135550199"), "2026-06-16 04:00"),
        BlockedUntil("The_bar_ends_at_local_midnight_after_the_March_DST_change", F().Conversation("2026-03-05 15:00"), Call("2026-03-11 15:00"), "2026-03-12 04:00"),
        BlockedUntil("The_bar_ends_at_local_midnight_after_the_November_DST_change", F().Conversation("2026-10-29 14:00"), Call("2026-11-04 15:00"), "2026-11-05 05:00"),
        BlockedUntil("A_Hawaii_consumer_is_barred_until_Hawaii_midnight", new FactsBuilder().NoAddress().Address("96813", "HI").Phone("+18085550100").Conversation("2026-06-08 20:00"), Call("2026-06-10 20:00", "+18085550100"), "2026-06-15 10:00"),
        Allowed("Texts_are_not_barred_by_a_conversation", F().Conversation("2026-06-08 14:00"), Text("2026-06-09 14:00")),
        Allowed("A_later_conversation_in_the_history_does_not_bar_an_earlier_call", F().Conversation("2026-06-09 15:00"), Call("2026-06-09 14:00")),
        Allowed("A_first_party_creditor_outside_Reg_F_is_not_barred", F().Creditor(CollectionRegime.FirstParty, followsRegF: false).Conversation("2026-06-08 14:00"), Call("2026-06-09 14:00")),
    ];

    public static TheoryData<string> Names => Scenarios.Names(All);

    [Theory]
    [MemberData(nameof(Names))]
    public void No_call_within_seven_days_after_a_conversation(string scenario) =>
        Scenarios.Check(new SevenDaysAfterConversation(), All, scenario);
}
