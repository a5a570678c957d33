using DebtHub.Domain.Compliance.Rules;
using static DebtHub.Domain.Tests.Compliance.FactsBuilder;
using static DebtHub.Domain.Tests.Compliance.Scenario;

namespace DebtHub.Domain.Tests.Compliance.Rules;

public sealed class ConsumerInconvenientTimesTests
{
    private static readonly TimeOnly Eight = new(8, 0);
    private static readonly TimeOnly Noon = new(12, 0);

    private static FactsBuilder F() => new FactsBuilder().Phone(NyMobile).Phone(NyHome);

    private static readonly Scenario[] All =
    [
        BlockedUntil("Dont_call_before_noon_blocks_a_morning_call_until_noon", F().Window(Eight, Noon), Call("2026-06-10 13:00"), "2026-06-10 16:00"),
        Allowed("Dont_call_before_noon_allows_an_afternoon_call", F().Window(Eight, Noon), Call("2026-06-10 16:00")),
        BlockedUntil("I_work_nights_window_across_midnight_ends_next_morning", F().Window(new TimeOnly(20, 0), new TimeOnly(10, 0)), Call("2026-06-11 00:30"), "2026-06-11 14:00"),
        BlockedUntil("Across_midnight_the_early_hours_belong_to_the_previous_evening", F().Window(new TimeOnly(20, 0), new TimeOnly(10, 0), days: [DayOfWeek.Tuesday]), Call("2026-06-10 13:00"), "2026-06-10 14:00"),
        Allowed("A_weekday_window_does_not_cover_Saturday", F().Window(Eight, Noon, days: [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday]), Call("2026-06-13 13:00")),
        BlockedUntil("A_window_stated_in_Chicago_time_is_read_in_Chicago", F().Window(Eight, Noon, zone: "America/Chicago"), Call("2026-06-10 16:30"), "2026-06-10 17:00"),
        BlockedUntil("A_window_without_a_zone_applies_in_every_candidate_zone", F().Phone("+12135550199").Window(Eight, Noon), Call("2026-06-10 17:00"), "2026-06-10 19:00"),
        BlockedUntil("A_window_for_one_number_blocks_that_number", F().Window(Eight, Noon, destination: NyHome), Call("2026-06-10 13:00", NyHome), "2026-06-10 16:00"),
        Allowed("A_window_for_one_number_leaves_the_others_open", F().Window(Eight, Noon, destination: NyHome), Call("2026-06-10 13:00")),
        BlockedUntil("A_window_applies_to_texts", F().Window(Eight, Noon), Text("2026-06-10 13:00"), "2026-06-10 16:00"),
        Allowed("A_window_does_not_apply_to_letters", F().Window(Eight, Noon), Letter("2026-06-10 13:00")),
        BlockedUntil("A_window_ends_at_local_noon_after_the_March_DST_change", F().Window(Eight, Noon), Call("2026-03-09 13:00"), "2026-03-09 16:00"),
        BlockedUntil("A_window_ends_at_local_noon_after_the_November_DST_change", F().Window(Eight, Noon), Call("2026-11-02 14:00"), "2026-11-02 17:00"),
    ];

    public static TheoryData<string> Names => Scenarios.Names(All);

    [Theory]
    [MemberData(nameof(Names))]
    public void Times_the_consumer_designated_inconvenient_are_respected(string scenario) =>
        Scenarios.Check(new ConsumerInconvenientTimes(), All, scenario);
}
