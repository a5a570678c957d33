using DebtHub.Domain.Accounts;
using DebtHub.Domain.Common;

namespace DebtHub.Domain.Resolutions;

/// <summary>Checks shared by plans, promises and legal referrals before they touch an account.</summary>
internal static class ResolutionGuards
{
    /// <summary>
    /// Refuses new collection arrangements on finished accounts, on accounts under a bankruptcy stay (11 USC 362(a)) and
    /// while a timely written dispute awaits verification (12 CFR 1006.38(d)(2)).
    /// </summary>
    public static void RequireCollectible(Account account)
    {
        if (account.IsFinished)
        {
            throw new DomainException("ACCOUNT_FINISHED", $"The account is {account.Status}; nothing more can be arranged on it.");
        }

        if (account.HasActiveHold(HoldKind.Dispute))
        {
            throw new DomainException("DISPUTE_PENDING",
                "A timely written dispute is awaiting verification; collection stays on hold until verification is recorded (12 CFR 1006.38(d)(2)).");
        }

        if (account.HasActiveHold(HoldKind.Bankruptcy))
        {
            throw new DomainException("BANKRUPTCY_STAY", "The debtor is under a bankruptcy stay (11 USC 362(a)); no collection arrangement may be made.");
        }
    }

    /// <summary>Amounts in arrangements are whole cents, strictly positive.</summary>
    public static decimal RequireCents(Money amount, string accountCurrency, string what)
    {
        if (amount.Currency != accountCurrency)
        {
            throw new DomainException("CURRENCY_MISMATCH", $"The account is in {accountCurrency}, not {amount.Currency}.");
        }

        if (amount.Amount <= 0m)
        {
            throw new DomainException("INVALID_AMOUNT", $"{what} must be greater than zero.");
        }

        if (decimal.Round(amount.Amount, 2) != amount.Amount)
        {
            throw new DomainException("INVALID_AMOUNT", $"{what} must be in whole cents.");
        }

        return amount.Amount;
    }

    public static DateOnly Today(DateTimeOffset now) => DateOnly.FromDateTime(now.UtcDateTime);
}
