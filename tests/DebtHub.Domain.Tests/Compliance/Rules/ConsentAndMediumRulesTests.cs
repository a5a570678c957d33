using DebtHub.Domain.Compliance;
using DebtHub.Domain.Compliance.Evaluation;
using DebtHub.Domain.Compliance.Facts;
using DebtHub.Domain.Compliance.Rules;
using static DebtHub.Domain.Tests.Compliance.FactsBuilder;
using static DebtHub.Domain.Tests.Compliance.Scenario;

namespace DebtHub.Domain.Tests.Compliance.Rules;

/// <summary>Opt-outs, the workplace, TCPA consent, and numbers not on file.</summary>
public sealed class ConsentAndMediumRulesTests
{
    private const string Now = "2026-06-10 16:00";

    private static FactsBuilder F() => new FactsBuilder().Phone(NyMobile).Phone(NyHome, LineType.Landline, PhoneUse.Home);

    private static readonly (IContactRule Rule, Scenario Scenario)[] All =
    [
        (new MediumOptOut(), NeedsPerson("Not_this_number_blocks_calls_to_that_number", F().OptOut(ContactChannel.Call, NyMobile), Call(Now))),
        (new MediumOptOut(), NeedsPerson("Not_this_number_blocks_texts_to_that_number_too", F().OptOut(ContactChannel.Call, NyMobile), Text(Now))),
        (new MediumOptOut(), Allowed("Not_this_number_leaves_the_other_numbers_open", F().OptOut(ContactChannel.Call, NyMobile), Call(Now, NyHome))),
        (new MediumOptOut(), NeedsPerson("No_texts_blocks_every_text", F().OptOut(ContactChannel.Text, null), Text(Now))),
        (new MediumOptOut(), Allowed("No_texts_leaves_calls_open", F().OptOut(ContactChannel.Text, null), Call(Now))),
        (new MediumOptOut(), NeedsPerson("Stop_calling_blocks_every_number", F().OptOut(ContactChannel.Call, null), Call(Now, NyHome))),
        (new MediumOptOut(), Allowed("A_STOP_for_texts_on_one_number_leaves_calls_to_it_open", F().OptOut(ContactChannel.Text, NyMobile), Call(Now))),
        (new MediumOptOut(), NeedsPerson("An_email_opt_out_for_one_address_blocks_it", F().OptOut(ContactChannel.Email, "d@example.com"), Email(Now))),
        (new MediumOptOut(), Allowed("An_opt_out_recorded_later_does_not_block_an_earlier_contact", F().OptOut(ContactChannel.Call, null, "2026-06-11 00:00"), Call(Now))),
        (new PlaceOfEmployment(), NeedsPerson("A_work_number_whose_employer_prohibits_calls_is_blocked", F().Phone(NyWork, LineType.Landline, PhoneUse.Work, employerProhibits: true), Call(Now, NyWork))),
        (new PlaceOfEmployment(), NeedsPerson("Dont_call_me_at_work_blocks_the_work_number", F().Phone(NyWork, LineType.Landline, PhoneUse.Work, notAtWork: true), Call(Now, NyWork))),
        (new PlaceOfEmployment(), Allowed("A_work_number_without_a_prohibition_may_be_called", F().Phone(NyWork, LineType.Landline, PhoneUse.Work), Call(Now, NyWork))),
        (new PlaceOfEmployment(), Allowed("Dont_call_me_at_work_leaves_the_cell_open", F().Phone(NyWork, LineType.Landline, PhoneUse.Work, notAtWork: true), Call(Now))),
        (new PlaceOfEmployment(), NeedsPerson("An_employer_provided_email_is_not_used", F().Email("d@employer.example", employerProvided: true), Email(Now, "d@employer.example"))),
        (new TcpaWirelessConsent(), NeedsPerson("Predictive_dialing_a_cell_without_consent_is_blocked", F(), Call(Now, mode: ContactMode.Predictive))),
        (new TcpaWirelessConsent(), Allowed("Predictive_dialing_a_cell_with_consent_is_allowed", new FactsBuilder().Phone(NyMobile, consent: true), Call(Now, mode: ContactMode.Predictive))),
        (new TcpaWirelessConsent(), Allowed("Manual_dialing_a_cell_needs_no_TCPA_consent", F(), Call(Now, mode: ContactMode.ManualDial))),
        (new TcpaWirelessConsent(), Allowed("Preview_dialing_a_cell_needs_no_TCPA_consent", F(), Call(Now, mode: ContactMode.Preview))),
        (new TcpaWirelessConsent(), NeedsPerson("A_prerecorded_message_to_a_cell_without_consent_is_blocked", F(), Call(Now, mode: ContactMode.Prerecorded))),
        (new TcpaWirelessConsent(), NeedsPerson("Consent_that_excludes_prerecorded_voice_does_not_cover_a_voicemail_drop", new FactsBuilder().PhoneFacts(new PhoneFacts(NyMobile, LineType.Wireless, PhoneUse.Mobile, [new TcpaConsentFacts("app", Utc("2025-01-01 00:00"), CoversPrerecorded: false)])), Call(Now, mode: ContactMode.Prerecorded))),
        (new TcpaWirelessConsent(), NeedsPerson("Revoked_consent_no_longer_covers_autodialing", new FactsBuilder().PhoneFacts(new PhoneFacts(NyMobile, LineType.Wireless, PhoneUse.Mobile, [new TcpaConsentFacts("app", Utc("2025-01-01 00:00"), RevokedAt: Utc("2026-06-01 00:00"))])), Call(Now, mode: ContactMode.Progressive))),
        (new TcpaWirelessConsent(), NeedsPerson("A_line_of_unknown_type_is_treated_as_wireless", new FactsBuilder().Phone(NyMobile, LineType.Unknown), Call(Now, mode: ContactMode.Progressive))),
        (new TcpaWirelessConsent(), Allowed("Autodialing_a_landline_needs_no_wireless_consent", F(), Call(Now, NyHome, ContactMode.Predictive))),
        (new TcpaWirelessConsent(), NeedsPerson("Platform_texts_to_a_cell_need_consent", F(), Text(Now))),
        (new DestinationOnFile(), NeedsPerson("A_number_not_on_file_is_not_called", F(), Call(Now, "+12125559999"))),
        (new DestinationOnFile(), Allowed("A_number_on_file_may_be_called", F(), Call(Now))),
    ];

    public static TheoryData<string> Names => Scenarios.Names(All.Select(r => r.Scenario));

    [Theory]
    [MemberData(nameof(Names))]
    public void Media_and_numbers_are_used_only_as_the_consumer_and_TCPA_allow(string scenario)
    {
        var row = All.Single(r => r.Scenario.Name == scenario);
        Scenarios.Check(row.Rule, [row.Scenario], scenario);
    }
}
