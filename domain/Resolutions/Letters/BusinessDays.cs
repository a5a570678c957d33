namespace DebtHub.Domain.Resolutions.Letters;

/// <summary>
/// Days that count toward Reg F's assumed receipt: not Saturdays, Sundays or federal legal holidays (5 USC 6103(a)),
/// with a holiday on a Saturday observed the Friday before and one on a Sunday the Monday after.
/// </summary>
public static class BusinessDays
{
    public static DateOnly Add(DateOnly from, int days)
    {
        var day = from;
        for (var counted = 0; counted < days;)
        {
            day = day.AddDays(1);
            if (IsBusinessDay(day))
            {
                counted++;
            }
        }

        return day;
    }

    public static bool IsBusinessDay(DateOnly day) =>
        day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !IsObservedHoliday(day);

    public static bool IsObservedHoliday(DateOnly day) =>
        Holidays(day.Year).Concat(Holidays(day.Year + 1)).Select(Observed).Contains(day);

    private static DateOnly Observed(DateOnly holiday) => holiday.DayOfWeek switch
    {
        DayOfWeek.Saturday => holiday.AddDays(-1),
        DayOfWeek.Sunday => holiday.AddDays(1),
        _ => holiday,
    };

    private static IEnumerable<DateOnly> Holidays(int year)
    {
        yield return new DateOnly(year, 1, 1);
        yield return Nth(year, 1, DayOfWeek.Monday, 3); // Birthday of Martin Luther King, Jr.
        yield return Nth(year, 2, DayOfWeek.Monday, 3); // Washington's Birthday
        yield return Last(year, 5, DayOfWeek.Monday); // Memorial Day
        yield return new DateOnly(year, 6, 19); // Juneteenth
        yield return new DateOnly(year, 7, 4);
        yield return Nth(year, 9, DayOfWeek.Monday, 1); // Labor Day
        yield return Nth(year, 10, DayOfWeek.Monday, 2); // Columbus Day
        yield return new DateOnly(year, 11, 11); // Veterans Day
        yield return Nth(year, 11, DayOfWeek.Thursday, 4); // Thanksgiving Day
        yield return new DateOnly(year, 12, 25);
    }

    private static DateOnly Nth(int year, int month, DayOfWeek weekday, int n)
    {
        var first = new DateOnly(year, month, 1);
        return first.AddDays((((int)weekday - (int)first.DayOfWeek) + 7) % 7 + (7 * (n - 1)));
    }

    private static DateOnly Last(int year, int month, DayOfWeek weekday)
    {
        var last = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
        return last.AddDays(-((((int)last.DayOfWeek - (int)weekday) + 7) % 7));
    }
}
