using DebtHub.Domain.Compliance.Rules;
using static DebtHub.Domain.Tests.Compliance.FactsBuilder;
using static DebtHub.Domain.Tests.Compliance.Scenario;

namespace DebtHub.Domain.Tests.Compliance.Rules;

public sealed class CallingHoursInEveryZoneTests
{
    private static FactsBuilder Ny() => new FactsBuilder().Phone(NyMobile);

    private static FactsBuilder Only(string zip, string state, string phone) => new FactsBuilder().NoAddress().Address(zip, state).Phone(phone);

    private static readonly Scenario[] All =
    [
        BlockedUntil("One_minute_before_eight_in_New_York_waits_until_eight", Ny(), Call("2026-06-10 11:59"), "2026-06-10 12:00"),
        Allowed("Eight_oclock_in_New_York_is_allowed", Ny(), Call("2026-06-10 12:00")),
        Allowed("Last_launch_at_twenty_fifty_four_is_allowed", Ny(), Call("2026-06-11 00:54")),
        BlockedUntil("From_twenty_fifty_five_launching_waits_for_the_next_morning", Ny(), Call("2026-06-11 00:55"), "2026-06-11 12:00"),
        BlockedUntil("Twenty_one_oclock_is_outside_hours", Ny(), Call("2026-06-11 01:00"), "2026-06-11 12:00"),
        BlockedUntil("New_York_address_and_Los_Angeles_cell_wait_for_eight_in_Los_Angeles", Ny().Phone("+12135550199"), Call("2026-06-10 12:30"), "2026-06-10 15:00"),
        BlockedUntil("New_York_address_and_Los_Angeles_cell_stop_at_twenty_fifty_five_in_New_York", Ny().Phone("+12135550199"), Call("2026-06-11 00:56"), "2026-06-11 15:00"),
        BlockedUntil("Florida_panhandle_area_code_means_both_Eastern_and_Central", Only("32501", "FL", "+18505550100"), Call("2026-06-10 12:30", "+18505550100"), "2026-06-10 13:00"),
        Allowed("Phoenix_keeps_standard_time_in_summer", Only("85004", "AZ", "+16025550100"), Call("2026-07-01 15:00", "+16025550100")),
        BlockedUntil("Phoenix_at_seven_thirty_in_summer_waits", Only("85004", "AZ", "+16025550100"), Call("2026-07-01 14:30", "+16025550100"), "2026-07-01 15:00"),
        BlockedUntil("Navajo_Nation_area_code_928_adds_Mountain_daylight_time_in_summer", Only("85004", "AZ", "+19285550100"), Call("2026-07-02 02:56", "+19285550100"), "2026-07-02 15:00"),
        BlockedUntil("Navajo_Nation_ZIP_keeps_DST_so_summer_evenings_end_an_hour_earlier", Only("86515", "AZ", "+16025550100"), Call("2026-07-02 02:56", "+16025550100"), "2026-07-02 15:00"),
        Allowed("In_winter_Arizona_and_the_Navajo_Nation_share_the_clock", Only("85004", "AZ", "+19285550100"), Call("2026-01-15 15:00", "+19285550100")),
        Allowed("Hawaii_eight_oclock_is_eighteen_UTC", Only("96813", "HI", "+18085550100"), Call("2026-06-10 18:00", "+18085550100")),
        BlockedUntil("Hawaii_one_minute_earlier_waits", Only("96813", "HI", "+18085550100"), Call("2026-06-10 17:59", "+18085550100"), "2026-06-10 18:00"),
        BlockedUntil("Alaska_area_code_includes_the_Aleutians_an_hour_behind", Only("99501", "AK", "+19075550100"), Call("2026-06-10 16:30", "+19075550100"), "2026-06-10 17:00"),
        Allowed("Puerto_Rico_has_no_DST_eight_is_twelve_UTC_in_summer", Only("00901", "PR", "+17875550100"), Call("2026-06-10 12:00", "+17875550100")),
        Allowed("Puerto_Rico_has_no_DST_eight_is_twelve_UTC_in_winter", Only("00901", "PR", "+17875550100"), Call("2026-01-10 12:00", "+17875550100")),
        BlockedUntil("Guam_before_eight_waits_for_twenty_two_UTC", Only("96910", "GU", "+16715550100"), Call("2026-06-10 21:00", "+16715550100"), "2026-06-10 22:00"),
        BlockedUntil("Indiana_Knox_ZIP_is_Central_while_Indianapolis_cell_is_Eastern", Only("46531", "IN", "+13175550100"), Call("2026-06-10 12:30", "+13175550100"), "2026-06-10 13:00"),
        BlockedUntil("Split_Idaho_area_code_waits_for_Pacific_time", Only("83702", "ID", "+12085550100"), Call("2026-06-10 14:30", "+12085550100"), "2026-06-10 15:00"),
        BlockedUntil("March_spring_forward_night_waits_for_eight_EDT", Ny(), Call("2026-03-08 02:00"), "2026-03-08 12:00"),
        Allowed("Day_before_spring_forward_eight_EST_is_thirteen_UTC", Ny(), Call("2026-03-07 13:00")),
        BlockedUntil("Day_before_spring_forward_twelve_thirty_UTC_is_seven_thirty_EST", Ny(), Call("2026-03-07 12:30"), "2026-03-07 13:00"),
        BlockedUntil("November_fall_back_ambiguous_hour_waits_for_eight_EST", Ny(), Call("2026-11-01 05:30"), "2026-11-01 13:00"),
        BlockedUntil("November_fall_back_morning_seven_thirty_EST_waits", Ny(), Call("2026-11-01 12:30"), "2026-11-01 13:00"),
        Allowed("Day_before_fall_back_eight_EDT_is_twelve_UTC", Ny(), Call("2026-10-31 12:00")),
        BlockedUntil("Stated_location_in_Chicago_is_added_to_the_candidates", Ny().Stated(zone: "America/Chicago"), Call("2026-06-10 12:30"), "2026-06-10 13:00"),
        BlockedUntil("Unknown_location_means_every_US_zone", new FactsBuilder().NoAddress().Phone("+19995550100"), Call("2026-06-10 16:00", "+19995550100"), "2026-06-10 22:00"),
        BlockedUntil("Texts_keep_calling_hours_at_send_time", Ny(), Text("2026-06-11 02:00"), "2026-06-11 12:00"),
        BlockedUntil("Emails_keep_calling_hours_at_send_time", Ny(), Email("2026-06-11 02:00"), "2026-06-11 12:00"),
        Allowed("Letters_are_not_limited_by_calling_hours", Ny(), Letter("2026-06-11 02:00")),
    ];

    public static TheoryData<string> Names => Scenarios.Names(All);

    [Theory]
    [MemberData(nameof(Names))]
    public void Calls_happen_between_eight_and_nine_in_every_candidate_zone(string scenario) =>
        Scenarios.Check(new CallingHoursInEveryZone(), All, scenario);
}
