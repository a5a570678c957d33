using DebtHub.Domain.Accounts;
using DebtHub.Domain.Collectors;
using DebtHub.Domain.Common;
using DebtHub.Domain.Resolutions;

namespace DebtHub.Domain.Tests.Resolutions;

/// <summary>Accounts and people (Ana collects, Sam supervises) for the resolution tests, on a fixed day (Monday 2026-11-23).</summary>
internal static class Given
{
    public static readonly DateTimeOffset Now = new(2026, 11, 23, 15, 0, 0, TimeSpan.Zero);

    public static readonly DateOnly Today = new(2026, 11, 23);

    public static readonly Actor Ana = new("ana", CollectorRole.Collector);

    public static readonly Actor Sam = new("sam", CollectorRole.Supervisor);

    public static Account Place(decimal principal = 1000m, DateOnly? statuteOfLimitations = null, DateOnly? validationEndsOn = null)
    {
        var account = Account.Place(new AccountPlacement(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "A-1", "Bank", "Bank", AccountType.CreditCard,
            new Money(principal, "USD"), 0m, 0m, new DateOnly(2026, 1, 31), null, null, null, statuteOfLimitations, "IL"), Now.AddDays(-40));
        if (validationEndsOn is { } end)
        {
            account.RecordValidationNotice(Now.AddDays(-35), end);
        }

        return account;
    }

    public static Money Usd(decimal amount) => new(amount, "USD");
}
