using DebtHub.Domain.Common;

namespace DebtHub.Domain.Tests.Common;

public sealed class ValueTests
{
    [Theory]
    [InlineData("+12125550142", "+12125550142")]
    [InlineData("(212) 555-0142", "+12125550142")]
    [InlineData("1-212-555-0142", "+12125550142")]
    [InlineData("+442071838750", "+442071838750")]
    public void Phone_numbers_are_kept_in_E164(string input, string expected)
    {
        Assert.Equal(expected, PhoneNumber.Parse(input).Value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("555-0142")]
    [InlineData("+1 112 555 0142")]
    [InlineData("+1 212 155 0142")]
    [InlineData("+0123456789")]
    [InlineData("212 555 0142 ext 9")]
    [InlineData("+1234567890123456")]
    public void Malformed_phone_numbers_are_refused_with_a_reason(string input)
    {
        Assert.False(PhoneNumber.TryParse(input, out _, out var error));
        Assert.False(string.IsNullOrWhiteSpace(error));
    }

    [Fact]
    public void The_area_code_of_a_North_American_number_is_known()
    {
        Assert.Equal("907", PhoneNumber.Parse("+19075550100").AreaCode);
        Assert.Null(PhoneNumber.Parse("+442071838750").AreaCode);
    }

    [Theory]
    [InlineData("12345", true)]
    [InlineData("12345-6789", true)]
    [InlineData("123456789", true)]
    [InlineData("00000", false)]
    [InlineData("1234", false)]
    [InlineData("12345-678", false)]
    [InlineData("ABCDE", false)]
    public void Zip_codes_are_five_digits_or_zip_plus_four(string zip, bool valid)
    {
        Assert.Equal(valid, ZipCode.IsValid(zip));
    }

    [Fact]
    public void States_territories_and_DC_are_known_and_others_are_not()
    {
        Assert.True(UsState.IsValid("pr"));
        Assert.True(UsState.IsValid("DC"));
        Assert.False(UsState.IsValid("XX"));
        Assert.Equal(56, UsState.Codes.Count());
    }

    [Fact]
    public void Money_in_different_currencies_does_not_mix()
    {
        Assert.Equal(new Money(3.30m, "USD"), new Money(1.10m, "usd") + new Money(2.20m, "USD"));
        Assert.Throws<DomainException>(() => new Money(1m, "USD") + new Money(1m, "EUR"));
        Assert.Throws<DomainException>(() => new Money(1m, "US"));
    }

    [Theory]
    [InlineData("a@b.co", true)]
    [InlineData("first.last+tag@example.org", true)]
    [InlineData("no-at.example.org", false)]
    [InlineData("two@@example.org", false)]
    [InlineData("x@nodot", false)]
    [InlineData("sp ace@example.org", false)]
    public void Email_addresses_are_checked(string address, bool valid)
    {
        Assert.Equal(valid, EmailAddress.IsValid(address));
    }
}
