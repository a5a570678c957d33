using DebtHub.Dialer.Tests.Webhooks;
using DebtHub.Domain.Accounts;
using DebtHub.Domain.Common;
using DebtHub.Domain.Creditors;
using DebtHub.Domain.Debtors;
using DebtHub.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DebtHub.Dialer.Tests.Campaigns.Support;

/// <summary>Where a test debtor lives: address and phone in one IANA zone (so an independent check knows the zone).</summary>
internal sealed record Place(string City, string State, string Zip, string AreaCode, string ZoneId);

/// <summary>
/// A creditor's book of accounts written through the domain model: one debtor per account, each with a home landline
/// in the place's area code, in the places given, round-robin. Balances differ so the priority order is visible.
/// </summary>
internal static class Book
{
    public static readonly Place NewYork = new("New York", "NY", "10001", "212", "America/New_York");
    public static readonly Place Chicago = new("Chicago", "IL", "60601", "312", "America/Chicago");
    public static readonly Place Denver = new("Denver", "CO", "80202", "303", "America/Denver");
    public static readonly Place Phoenix = new("Phoenix", "AZ", "85004", "602", "America/Phoenix");
    public static readonly Place LosAngeles = new("Los Angeles", "CA", "90012", "213", "America/Los_Angeles");

    public static readonly Place[] AcrossZones = [NewYork, Chicago, Denver, Phoenix, LosAngeles];

    public sealed record Seeded(Guid CreditorId, IReadOnlyList<SeededAccount> Accounts);

    public sealed record SeededAccount(Guid AccountId, Guid DebtorId, string Phone, Place Place, decimal Balance);

    public static async Task<Seeded> SeedAsync(
        TestDatabase database, int count, IReadOnlyList<Place> places, DateTimeOffset now, LineType lineType = LineType.Landline, Action<Account, int>? adjust = null,
        Func<int, string>? language = null)
    {
        var options = new DbContextOptionsBuilder<DebtHubDbContext>();
        PersistenceServiceCollectionExtensions.Configure(options, database.DataSource);
        await using var db = new DebtHubDbContext(options.Options);
        var placedAt = now.AddDays(-90);
        var creditor = Creditor.Create($"Creditor {Guid.NewGuid():N}", CreditorRegime.ThirdParty, CreditorRules.Default, placedAt);
        var portfolio = creditor.PlacePortfolio("Dialer tests", new DateOnly(2026, 3, 1), placedAt);
        db.AddRange(creditor, portfolio);
        var seeded = new List<SeededAccount>();
        var suffix = Random.Shared.Next(0, 1000);
        for (var i = 0; i < count; i++)
        {
            var place = places[i % places.Count];
            var debtor = Debtor.CreatePerson("Test", null, $"Debtor{i}", new DateOnly(1980, 5, 17), language?.Invoke(i) ?? "en", placedAt);
            debtor.AddAddress(AddressType.Home, "1 Main St", null, place.City, place.State, place.Zip, ContactSource.Creditor, placedAt);
            var number = $"+1{place.AreaCode}{(2000000 + (suffix * 7919) + i) % 8000000 + 2000000:D7}";
            debtor.AddPhone(PhoneNumber.Parse(number), lineType, ContactSource.Creditor, false, placedAt);
            var balance = 100m + ((i * 37) % 5000);
            var account = Account.Place(new AccountPlacement(
                debtor.Id, creditor.Id, portfolio.Id, $"DT-{Guid.NewGuid():N}"[..20], "First Bank", "First Bank", AccountType.CreditCard,
                new Money(balance, "USD"), 0m, 0m, new DateOnly(2026, 1, 31), new DateOnly(2026, 1, 31), new DateOnly(2025, 10, 1),
                null, new DateOnly(2030, 1, 31), place.State), placedAt.AddSeconds(i));
            adjust?.Invoke(account, i);
            db.AddRange(debtor, account);
            seeded.Add(new SeededAccount(account.Id, debtor.Id, number, place, balance));
        }

        await db.SaveChangesAsync();
        return new Seeded(creditor.Id, seeded);
    }
}
