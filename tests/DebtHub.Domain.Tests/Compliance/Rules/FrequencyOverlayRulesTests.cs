using DebtHub.Domain.Compliance;
using DebtHub.Domain.Compliance.Evaluation;
using DebtHub.Domain.Compliance.Facts;
using DebtHub.Domain.Compliance.Rules;
using static DebtHub.Domain.Tests.Compliance.FactsBuilder;
using static DebtHub.Domain.Tests.Compliance.Scenario;

namespace DebtHub.Domain.Tests.Compliance.Rules;

/// <summary>TCPA prerecorded cap, Massachusetts, Washington and New York City overlays, and policy limits.</summary>
public sealed class FrequencyOverlayRulesTests
{
    private const string Now = "2026-06-10 16:00";
    private const string MaCell = "+16175550100";
    private const string MaHome = "+16175550111";
    private const string MaWork = "+16175550122";
    private const string WaCell = "+12065550100";
    private const string WaWork = "+12065550122";

    private static FactsBuilder Home() => new FactsBuilder().Phone(NyHome, LineType.Landline, PhoneUse.Home);

    private static FactsBuilder Ma() => new FactsBuilder().NoAddress().Address("02108", "MA")
        .Phone(MaCell).Phone(MaHome, LineType.Landline, PhoneUse.Home).Phone(MaWork, LineType.Landline, PhoneUse.Work);

    private static FactsBuilder Wa() => new FactsBuilder().NoAddress().Address("98101", "WA").Phone(WaCell).Phone(WaWork, LineType.Landline, PhoneUse.Work);

    private static FactsBuilder Nyc() => new FactsBuilder().Phone(NyMobile);

    private static FactsBuilder NoPolicy() => new FactsBuilder().Phone(NyMobile).Phone(NyHome, LineType.Landline, PhoneUse.Home);

    private static readonly (IContactRule Rule, Scenario Scenario)[] All =
    [
        (new PrerecordedCallsToResidentialLine(), Allowed("Two_prerecorded_calls_to_a_home_line_in_30_days_leave_room", Home().Call("2026-05-20 15:00", number: NyHome, mode: ContactMode.Prerecorded).Call("2026-06-01 15:00", number: NyHome, mode: ContactMode.Prerecorded), Call(Now, NyHome, ContactMode.Prerecorded))),
        (new PrerecordedCallsToResidentialLine(), BlockedUntil("A_fourth_prerecorded_call_in_30_days_waits_for_the_first_to_roll_off", Home().Call("2026-05-20 15:00", number: NyHome, mode: ContactMode.Prerecorded).Call("2026-05-25 15:00", number: NyHome, mode: ContactMode.Prerecorded).Call("2026-06-01 15:00", number: NyHome, mode: ContactMode.Prerecorded), Call(Now, NyHome, ContactMode.Prerecorded), "2026-06-19 15:00")),
        (new PrerecordedCallsToResidentialLine(), Allowed("Consent_lifts_the_prerecorded_cap", new FactsBuilder().Phone(NyHome, LineType.Landline, PhoneUse.Home, consent: true).Call("2026-05-20 15:00", number: NyHome, mode: ContactMode.Prerecorded).Call("2026-05-25 15:00", number: NyHome, mode: ContactMode.Prerecorded).Call("2026-06-01 15:00", number: NyHome, mode: ContactMode.Prerecorded), Call(Now, NyHome, ContactMode.Prerecorded))),
        (new PrerecordedCallsToResidentialLine(), Allowed("Live_calls_are_not_counted_against_the_prerecorded_cap", Home().Call("2026-05-20 15:00", number: NyHome).Call("2026-05-25 15:00", number: NyHome).Call("2026-06-01 15:00", number: NyHome), Call(Now, NyHome, ContactMode.Prerecorded))),
        (new PrerecordedCallsToResidentialLine(), Allowed("Prerecorded_calls_older_than_30_days_no_longer_count", Home().Call("2026-05-11 15:00", number: NyHome, mode: ContactMode.Prerecorded).Call("2026-05-25 15:00", number: NyHome, mode: ContactMode.Prerecorded).Call("2026-06-01 15:00", number: NyHome, mode: ContactMode.Prerecorded), Call(Now, NyHome, ContactMode.Prerecorded))),

        (new MassachusettsCallLimits(), Allowed("Massachusetts_one_call_to_the_cell_this_week_leaves_room", Ma().Call("2026-06-08 15:00", number: MaCell), Call(Now, MaCell))),
        (new MassachusettsCallLimits(), BlockedUntil("Massachusetts_third_call_to_home_or_cell_in_7_days_is_blocked", Ma().Call("2026-06-05 15:00", number: MaCell).Call("2026-06-08 15:00", number: MaHome), Call(Now, MaCell), "2026-06-12 15:00")),
        (new MassachusettsCallLimits(), BlockedUntil("Massachusetts_texts_count_with_calls", Ma().Text("2026-06-05 15:00", MaCell).Call("2026-06-08 15:00", number: MaCell), Call(Now, MaCell), "2026-06-12 15:00")),
        (new MassachusettsCallLimits(), BlockedUntil("Massachusetts_unanswered_calls_count", Ma().Call("2026-06-05 15:00", AttemptOutcome.NoAnswer, MaCell).Call("2026-06-08 15:00", AttemptOutcome.Voicemail, MaCell), Call(Now, MaCell), "2026-06-12 15:00")),
        (new MassachusettsCallLimits(), Allowed("Massachusetts_calls_that_never_connected_do_not_count", Ma().Call("2026-06-05 15:00", AttemptOutcome.NotConnected, MaCell).Call("2026-06-08 15:00", number: MaCell), Call(Now, MaCell))),
        (new MassachusettsCallLimits(), Allowed("Massachusetts_calls_answering_the_debtors_request_do_not_count", Ma().Call("2026-06-05 15:00", number: MaCell, respondsToRequest: true).Call("2026-06-08 15:00", number: MaCell), Call(Now, MaCell))),
        (new MassachusettsCallLimits(), Allowed("Massachusetts_limits_are_per_debt", Ma().Call("2026-06-05 15:00", number: MaCell, debts: [B]).Call("2026-06-08 15:00", number: MaCell), Call(Now, MaCell))),
        (new MassachusettsCallLimits(), BlockedUntil("Massachusetts_work_number_allows_two_in_30_days", Ma().Call("2026-05-20 15:00", number: MaWork).Call("2026-06-01 15:00", number: MaWork), Call(Now, MaWork), "2026-06-19 15:00")),
        (new MassachusettsCallLimits(), Allowed("Massachusetts_calls_to_the_cell_do_not_use_the_work_allowance", Ma().Call("2026-06-05 15:00", number: MaCell).Call("2026-06-08 15:00", number: MaCell), Call(Now, MaWork))),
        (new MassachusettsCallLimits(), Allowed("Outside_Massachusetts_the_overlay_does_not_apply", NoPolicy().Call("2026-06-05 15:00").Call("2026-06-08 15:00"), Call(Now))),
        (new MassachusettsCallLimits(), BlockedUntil("A_Massachusetts_area_code_alone_brings_the_overlay", new FactsBuilder().Address("30303", "GA").NoAddress().Phone(MaCell).Call("2026-06-05 15:00", number: MaCell).Call("2026-06-08 15:00", number: MaCell), Call(Now, MaCell), "2026-06-12 15:00")),

        (new WashingtonCallLimits(), BlockedUntil("Washington_fourth_contact_in_a_week_is_blocked", Wa().Call("2026-06-04 18:00", number: WaCell).Text("2026-06-06 18:00", WaCell).Call("2026-06-08 18:00", number: WaCell), Call("2026-06-10 18:00", WaCell), "2026-06-11 18:00")),
        (new WashingtonCallLimits(), Allowed("Washington_three_contacts_a_week_allowed", Wa().Call("2026-06-06 18:00", number: WaCell).Call("2026-06-08 18:00", number: WaCell), Call("2026-06-10 18:00", WaCell))),
        (new WashingtonCallLimits(), Allowed("Washington_counts_contacts_across_debts_but_old_ones_roll_off", Wa().Call("2026-06-01 18:00", number: WaCell).Call("2026-06-06 18:00", number: WaCell, debts: [B]).Call("2026-06-08 18:00", number: WaCell), Call("2026-06-10 18:00", WaCell))),
        (new WashingtonCallLimits(), BlockedUntil("Washington_workplace_allows_one_contact_a_week", Wa().Call("2026-06-08 18:00", number: WaWork), Call("2026-06-10 18:00", WaWork), "2026-06-15 18:00")),
        (new WashingtonCallLimits(), Allowed("Washington_workplace_limit_ignores_calls_to_the_cell", Wa().Call("2026-06-08 18:00", number: WaCell), Call("2026-06-10 18:00", WaWork))),
        (new WashingtonCallLimits(), BlockedUntil("Washington_home_calls_wait_until_seven_thirty", Wa(), Call("2026-06-10 14:00", WaCell), "2026-06-10 14:30")),

        (new NewYorkCityShieldLimits(), BlockedUntil("NYC_fourth_attempt_in_7_days_across_channels_is_blocked", Nyc().Call("2026-09-05 15:00").Text("2026-09-06 15:00").SentEmail("2026-09-07 15:00", "d@example.com"), Call("2026-09-08 15:00"), "2026-09-12 15:00")),
        (new NewYorkCityShieldLimits(), Allowed("NYC_limit_starts_on_1_September_2026", Nyc().Call("2026-08-25 15:00").Text("2026-08-26 15:00").SentEmail("2026-08-27 15:00", "d@example.com"), Call("2026-08-28 15:00"))),
        (new NewYorkCityShieldLimits(), Allowed("NYC_limit_is_per_account", Nyc().Call("2026-09-05 15:00", debts: [B]).Text("2026-09-06 15:00").SentEmail("2026-09-07 15:00", "d@example.com"), Call("2026-09-08 15:00"))),
        (new NewYorkCityShieldLimits(), BlockedUntil("NYC_counts_attempts_that_never_connected", Nyc().Call("2026-09-05 15:00", AttemptOutcome.NotConnected).Call("2026-09-06 15:00").Call("2026-09-07 15:00"), Email("2026-09-08 15:00"), "2026-09-12 15:00")),
        (new NewYorkCityShieldLimits(), Allowed("NYC_letters_are_uncapped", Nyc().Call("2026-09-05 15:00").Call("2026-09-06 15:00").Call("2026-09-07 15:00"), Letter("2026-09-08 15:00"))),
        (new NewYorkCityShieldLimits(), Allowed("Outside_NYC_the_SHIELD_rule_does_not_apply", new FactsBuilder().NoAddress().Address("30303", "GA").Phone("+14045550100").Call("2026-09-05 15:00", number: "+14045550100").Call("2026-09-06 15:00", number: "+14045550100").Call("2026-09-07 15:00", number: "+14045550100"), Call("2026-09-08 15:00", "+14045550100"))),

        (new PolicyAttemptsPerNumberPerDay(), BlockedUntil("Policy_second_attempt_on_one_number_within_24_hours_waits", NoPolicy().Call("2026-06-10 13:00"), Call(Now), "2026-06-11 13:00")),
        (new PolicyAttemptsPerNumberPerDay(), Allowed("Policy_per_number_limit_leaves_other_numbers_open", NoPolicy().Call("2026-06-10 13:00"), Call(Now, NyHome))),
        (new PolicyAttemptsPerNumberPerDay(), BlockedUntil("A_campaign_cannot_loosen_the_default_per_number_limit", NoPolicy().Campaign(new ContactPolicy(MaxAttemptsPerNumberPerDay: 3)).Call("2026-06-10 13:00"), Call(Now), "2026-06-11 13:00")),
        (new PolicyMinimumSpacingOnNumber(), BlockedUntil("Policy_spacing_of_four_hours_on_one_number", NoPolicy().Call("2026-06-10 13:00"), Call(Now), "2026-06-10 17:00")),
        (new PolicyMinimumSpacingOnNumber(), BlockedUntil("A_creditor_can_demand_wider_spacing", NoPolicy().Creditor(CollectionRegime.ThirdParty, new ContactPolicy(MinSpacingOnOneNumber: TimeSpan.FromHours(8))).Call("2026-06-10 13:00"), Call(Now), "2026-06-10 21:00")),
        (new PolicyMinimumSpacingOnNumber(), Allowed("Spacing_is_met_after_four_hours", NoPolicy().Call("2026-06-10 12:00"), Call(Now))),
        (new PolicyVoicemailsPerWeek(), BlockedUntil("Policy_one_voicemail_drop_a_week", NoPolicy().Call("2026-06-05 15:00", AttemptOutcome.Voicemail), Call(Now, NyHome, ContactMode.Prerecorded), "2026-06-12 15:00")),
        (new PolicyVoicemailsPerWeek(), Allowed("A_live_call_is_not_blocked_by_the_voicemail_cap", NoPolicy().Call("2026-06-05 15:00", AttemptOutcome.Voicemail), Call(Now))),
        (new PolicyVoicemailsPerWeek(), NeedsPerson("A_campaign_with_no_voicemail_drops_blocks_them", NoPolicy().Campaign(new ContactPolicy(MaxVoicemailsPerWeek: 0)), Call(Now, NyHome, ContactMode.Prerecorded))),
    ];

    public static TheoryData<string> Names => Scenarios.Names(All.Select(r => r.Scenario));

    [Theory]
    [MemberData(nameof(Names))]
    public void State_TCPA_and_policy_limits_hold(string scenario)
    {
        var row = All.Single(r => r.Scenario.Name == scenario);
        Scenarios.Check(row.Rule, [row.Scenario], scenario);
    }
}
