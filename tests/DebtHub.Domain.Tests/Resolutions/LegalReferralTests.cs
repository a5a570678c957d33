using DebtHub.Domain.Accounts;
using DebtHub.Domain.Common;
using DebtHub.Domain.Resolutions.Legal;
using static DebtHub.Domain.Tests.Resolutions.Given;

namespace DebtHub.Domain.Tests.Resolutions;

public sealed class LegalReferralTests
{
    [Fact]
    public void A_debt_inside_its_limitation_period_can_be_referred_to_an_attorney_for_suit()
    {
        var referral = LegalReferral.Refer(Place(statuteOfLimitations: Today.AddYears(2)), LegalVenue.Attorney, LegalPurpose.Suit,
            "J. Doe, Doe LLP", "Balance above suit threshold, debtor employed", Ana, Now);

        Assert.Equal(LegalReferralStatus.Referred, referral.Status);
        Assert.Equal(Today.AddYears(2), referral.StatuteOfLimitationsDate);
    }

    [Fact]
    public void A_time_barred_debt_cannot_be_referred_for_suit_and_the_reason_says_why()
    {
        var account = Place(statuteOfLimitations: new DateOnly(2026, 6, 30));

        var error = Assert.Throws<DomainException>(() =>
            LegalReferral.Refer(account, LegalVenue.LegalQueue, LegalPurpose.Suit, null, "Large balance", Ana, Now));

        Assert.Equal("TIME_BARRED", error.Code);
        Assert.Contains("expired on 2026-06-30", error.Message);
        Assert.Contains("1006.26(b)", error.Message);
    }

    [Fact]
    public void A_debt_is_still_suable_on_its_limitation_date()
    {
        var referral = LegalReferral.Refer(Place(statuteOfLimitations: Today), LegalVenue.LegalQueue, LegalPurpose.Suit, null, "Last day", Ana, Now);

        Assert.Equal(LegalReferralStatus.Referred, referral.Status);
    }

    [Fact]
    public void A_debt_with_an_unknown_limitation_date_cannot_be_referred_for_suit()
    {
        Assert.Equal("LIMITATION_DATE_UNKNOWN", Assert.Throws<DomainException>(() =>
            LegalReferral.Refer(Place(), LegalVenue.LegalQueue, LegalPurpose.Suit, null, "Large balance", Ana, Now)).Code);
    }

    [Fact]
    public void A_time_barred_debt_can_still_go_to_legal_for_review()
    {
        var referral = LegalReferral.Refer(Place(statuteOfLimitations: new DateOnly(2026, 6, 30)), LegalVenue.LegalQueue, LegalPurpose.Review,
            null, "Consumer threatens to sue us", Ana, Now);

        Assert.Equal(LegalPurpose.Review, referral.Purpose);
    }

    [Fact]
    public void A_suit_filed_after_the_limitation_date_is_refused()
    {
        var account = Place(statuteOfLimitations: Today);
        var referral = LegalReferral.Refer(account, LegalVenue.Attorney, LegalPurpose.Suit, "J. Doe", "Suit", Ana, Now);

        var error = Assert.Throws<DomainException>(() => referral.RecordSuitFiled(account, "Cook County", "2026-M1-1", Today.AddDays(1), Now.AddDays(1)));

        Assert.Equal("TIME_BARRED", error.Code);
        Assert.Equal(LegalReferralStatus.Referred, referral.Status);
    }

    [Fact]
    public void Suit_judgment_and_lien_are_recorded_on_the_referral()
    {
        var account = Place(statuteOfLimitations: Today.AddYears(1));
        var referral = LegalReferral.Refer(account, LegalVenue.Attorney, LegalPurpose.Suit, "J. Doe", "Suit", Ana, Now);

        referral.RecordSuitFiled(account, "Cook County Circuit Court", "2026-M1-12345", Today, Now);
        referral.RecordJudgment("Cook County Circuit Court", "2026-M1-12345", Usd(1150m), Today, Ana, Now);
        var lien = referral.RecordLien("Judgment lien on 12 Main St", "Cook County Recorder", "2026-000123", Usd(1150m), Today, Ana, Now);

        Assert.Equal(LegalReferralStatus.JudgmentEntered, referral.Status);
        Assert.Equal(1150m, Assert.Single(referral.Judgments).Amount);
        Assert.Equal(lien.Id, Assert.Single(referral.Liens).Id);
    }

    [Fact]
    public void An_attorney_referral_needs_the_attorney()
    {
        Assert.Equal("REQUIRED", Assert.Throws<DomainException>(() =>
            LegalReferral.Refer(Place(statuteOfLimitations: Today.AddYears(1)), LegalVenue.Attorney, LegalPurpose.Suit, " ", "Suit", Ana, Now)).Code);
    }

    [Fact]
    public void A_suit_referral_is_refused_while_the_debtor_is_in_bankruptcy()
    {
        var account = Place(statuteOfLimitations: Today.AddYears(1));
        account.PlaceHold(HoldKind.Bankruptcy, "Chapter 7", "26-12345", "ana", Now);

        Assert.Equal("BANKRUPTCY_STAY", Assert.Throws<DomainException>(() =>
            LegalReferral.Refer(account, LegalVenue.LegalQueue, LegalPurpose.Suit, null, "Suit", Ana, Now)).Code);
    }
}
