using DebtHub.Domain.Common;
using DebtHub.Domain.Debtors;

namespace DebtHub.Domain.Tests.Debtors;

public sealed class DebtorTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 15, 0, 0, TimeSpan.Zero);

    [Fact]
    public void The_same_number_cannot_be_added_twice_in_any_format()
    {
        var debtor = Debtor.CreatePerson("Ana", null, "Lopez", null, "en", Now);
        debtor.AddPhone(PhoneNumber.Parse("+13125550142"), LineType.Mobile, ContactSource.Creditor, false, Now);

        Assert.Equal("DUPLICATE_PHONE", Assert.Throws<DomainException>(() =>
            debtor.AddPhone(PhoneNumber.Parse("(312) 555-0142"), LineType.Landline, ContactSource.SkipTrace, false, Now)).Code);
    }

    [Fact]
    public void A_revoked_consent_no_longer_covers_later_calls_but_still_covers_earlier_ones()
    {
        var debtor = Debtor.CreatePerson("Ana", null, "Lopez", null, "en", Now);
        var phone = debtor.AddPhone(PhoneNumber.Parse("+13125550142"), LineType.Mobile, ContactSource.Creditor, false, Now);
        phone.GrantConsent(ConsentScope.AutodialedCalls, "application", Now.AddDays(-30), Now);

        phone.RevokeConsent(ConsentScope.AutodialedCalls, Now.AddDays(-1));

        Assert.True(phone.HasConsentAt(ConsentScope.AutodialedCalls, Now.AddDays(-2)));
        Assert.False(phone.HasConsentAt(ConsentScope.AutodialedCalls, Now));
    }

    [Fact]
    public void Addresses_need_a_real_state_and_zip()
    {
        var debtor = Debtor.CreatePerson("Ana", null, "Lopez", null, "en", Now);

        Assert.Equal("INVALID_STATE", Assert.Throws<DomainException>(() =>
            debtor.AddAddress(AddressType.Home, "1 Main", null, "Town", "ZZ", "12345", ContactSource.Creditor, Now)).Code);
        Assert.Equal("INVALID_ZIP", Assert.Throws<DomainException>(() =>
            debtor.AddAddress(AddressType.Home, "1 Main", null, "Town", "NY", "1234", ContactSource.Creditor, Now)).Code);
        Assert.Empty(debtor.Addresses);
    }

    [Fact]
    public void Names_of_any_script_are_kept_but_oversized_ones_are_refused()
    {
        var debtor = Debtor.CreatePerson("  Zoë  ", null, "Nguyễn 山田", null, "vi", Now);
        Assert.Equal("Zoë Nguyễn 山田", debtor.DisplayName);
        Assert.Equal("TOO_LONG", Assert.Throws<DomainException>(() =>
            Debtor.CreatePerson(new string('a', 101), null, "X", null, "en", Now)).Code);
    }

    [Fact]
    public void Bankruptcy_needs_a_real_chapter_and_a_past_filing_date()
    {
        var debtor = Debtor.CreatePerson("Ana", null, "Lopez", null, "en", Now);

        Assert.Equal("INVALID_BANKRUPTCY", Assert.Throws<DomainException>(() =>
            debtor.ReportBankruptcy(8, "24-1", new DateOnly(2026, 1, 1), "court", Now)).Code);
        Assert.Equal("INVALID_BANKRUPTCY", Assert.Throws<DomainException>(() =>
            debtor.ReportBankruptcy(7, "24-1", new DateOnly(2027, 1, 1), "court", Now)).Code);
        Assert.Null(debtor.Bankruptcy);
    }
}
