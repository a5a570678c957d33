using DebtHub.Domain.Resolutions.Letters;

namespace DebtHub.Domain.Tests.Resolutions;

public sealed class ValidationPeriodTests
{
    [Fact]
    public void Receipt_skips_weekends_and_thanksgiving_and_the_period_ends_thirty_days_later()
    {
        // Sent Monday 2026-11-23: receipt counts Tue 24, Wed 25, (Thanksgiving 26 skipped), Fri 27, Mon 30, Tue Dec 1.
        Assert.Equal(new DateOnly(2026, 12, 1), BusinessDays.Add(new DateOnly(2026, 11, 23), 5));
        Assert.Equal(new DateOnly(2026, 12, 31), ValidationNotice.PeriodEnd(new DateOnly(2026, 11, 23)));
    }

    [Fact]
    public void New_years_day_is_skipped_across_the_year_end()
    {
        // Sent Thursday 2026-12-31: Fri Jan 1 is a holiday, then Jan 4 to 8.
        Assert.Equal(new DateOnly(2027, 2, 7), ValidationNotice.PeriodEnd(new DateOnly(2026, 12, 31)));
    }

    [Theory]
    [InlineData(2026, 7, 3)] // July 4 on a Saturday is observed Friday
    [InlineData(2027, 7, 5)] // July 4 on a Sunday is observed Monday
    [InlineData(2026, 1, 19)] // the third Monday of January
    [InlineData(2026, 5, 25)] // the last Monday of May
    public void Federal_holidays_are_observed_as_5_USC_6103_says(int year, int month, int day) =>
        Assert.False(BusinessDays.IsBusinessDay(new DateOnly(year, month, day)));
}
