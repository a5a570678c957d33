using DebtHub.Domain.Common;

namespace DebtHub.Domain.Debtors;

/// <summary>
/// A time the consumer told us is inconvenient ("don't call me before noon", "I work nights"), 12 CFR 1006.6(b)(1):
/// local times on the given days, in the consumer's zone, for every number or only one. An end before the start wraps
/// past midnight.
/// </summary>
public sealed class InconvenientTime
{
    private InconvenientTime() => TimeZoneId = string.Empty;

    public Guid Id { get; private set; }

    public Guid DebtorId { get; private set; }

    /// <summary>When set, the window applies to this number only.</summary>
    public Guid? PhoneId { get; private set; }

    public IReadOnlyList<DayOfWeek> Days { get; private set; } = [];

    public TimeOnly StartLocal { get; private set; }

    public TimeOnly EndLocal { get; private set; }

    public string TimeZoneId { get; private set; }

    public DateTimeOffset StatedAt { get; private set; }

    internal static InconvenientTime Create(
        Guid debtorId, Guid? phoneId, IReadOnlyList<DayOfWeek> days, TimeOnly start, TimeOnly end, string timeZoneId,
        DateTimeOffset now)
    {
        if (days.Count == 0)
        {
            throw new DomainException("INVALID_WINDOW", "An inconvenient time needs at least one day of the week.");
        }

        if (start == end)
        {
            throw new DomainException("INVALID_WINDOW", "An inconvenient time must not start and end at the same moment.");
        }

        if (!TimeZoneInfo.TryFindSystemTimeZoneById(timeZoneId, out _))
        {
            throw new DomainException("INVALID_WINDOW", $"\"{timeZoneId}\" is not an IANA time zone.");
        }

        return new InconvenientTime
        {
            Id = Ids.New(now),
            DebtorId = debtorId,
            PhoneId = phoneId,
            Days = days.Distinct().Order().ToArray(),
            StartLocal = start,
            EndLocal = end,
            TimeZoneId = timeZoneId,
            StatedAt = now,
        };
    }
}
