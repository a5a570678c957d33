using DebtHub.Domain.Accounts;
using DebtHub.Domain.Common;
using DebtHub.Domain.Creditors;
using DebtHub.Domain.Debtors;
using DebtHub.Infrastructure.Persistence;

namespace DebtHub.Infrastructure.Tests.Persistence;

/// <summary>Small, valid aggregates for persistence tests.</summary>
internal static class TestData
{
    public static readonly DateTimeOffset Now = new(2026, 11, 23, 15, 0, 0, TimeSpan.Zero);

    public static async Task<Account> PlaceAccountAsync(DebtHubDbContext db, decimal principal = 1000m)
    {
        var creditor = Creditor.Create($"Creditor {Guid.NewGuid():N}", CreditorRegime.ThirdParty, CreditorRules.Default, Now);
        var portfolio = creditor.PlacePortfolio("Spring placement", new DateOnly(2026, 3, 1), Now);
        var debtor = Debtor.CreatePerson("Ana", null, "Lopez", new DateOnly(1980, 5, 17), "es", Now);
        debtor.AddPhone(PhoneNumber.Parse("+13125550142"), LineType.Mobile, ContactSource.Creditor, false, Now);
        var account = Account.Place(new AccountPlacement(
            debtor.Id, creditor.Id, portfolio.Id, $"CC-{Guid.NewGuid():N}"[..20], "First Bank", "First Bank", AccountType.CreditCard,
            new Money(principal, "USD"), 50m, 25m, new DateOnly(2026, 1, 31), new DateOnly(2026, 1, 31), new DateOnly(2025, 10, 1),
            null, new DateOnly(2030, 1, 31), "IL"), Now);
        db.AddRange(creditor, portfolio, debtor, account);
        await db.SaveChangesAsync();
        return account;
    }
}
