namespace DebtHub.Infrastructure.Ledger;

/// <summary>
/// One limit a reservation must respect, checked inside the reserve script against a <see cref="LedgerCounter"/>:
/// at most <see cref="Max"/> contacts in a trailing <see cref="Window"/>; or at least <see cref="Window"/> since the
/// latest contact (spacing); or no conversation at or after <see cref="BarFrom"/> (the 7-day bar).
/// </summary>
public sealed record LedgerLimit(string RuleId, LedgerCounter Counter, LimitKind Kind, int Max, TimeSpan Window, DateTimeOffset BarFrom = default)
{
    public static LedgerLimit Count(string ruleId, LedgerCounter counter, int max, TimeSpan window) => new(ruleId, counter, LimitKind.Count, max, window);

    public static LedgerLimit Spacing(string ruleId, LedgerCounter counter, TimeSpan spacing) => new(ruleId, counter, LimitKind.Spacing, 1, spacing);

    /// <param name="days">How many days a conversation bars calls (the conversation's date being day 1).</param>
    public static LedgerLimit Bar(string ruleId, LedgerCounter counter, DateTimeOffset barFrom, int days) => new(ruleId, counter, LimitKind.Bar, days, TimeSpan.FromDays(days), barFrom);
}

public enum LimitKind
{
    Count,
    Spacing,
    Bar,
}
