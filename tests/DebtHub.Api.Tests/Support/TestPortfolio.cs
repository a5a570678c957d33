using DebtHub.Domain.Accounts;
using DebtHub.Domain.Collectors;
using DebtHub.Domain.Common;
using DebtHub.Domain.Creditors;
using DebtHub.Domain.Debtors;
using DebtHub.Domain.Notes;
using DebtHub.Infrastructure.Persistence;
using DebtHub.Infrastructure.Security;
using Microsoft.Extensions.DependencyInjection;

namespace DebtHub.Api.Tests.Support;

/// <summary>
/// A small book of business, written through the domain into the test database: two teams (north: Ann and Bob; south:
/// Cid), a supervisor, one debtor with two accounts (Ann's and Cid's) and a second debtor with Bob's account. Names
/// carry a suffix so every test can build its own in a shared database.
/// </summary>
public sealed class TestPortfolio
{
    public static readonly DateTimeOffset Now = new(2026, 11, 23, 15, 0, 0, TimeSpan.Zero);

    private TestPortfolio(string suffix) => Suffix = suffix;

    public string Suffix { get; }

    public string Ann => $"ann{Suffix}";

    public string Bob => $"bob{Suffix}";

    public string Cid => $"cid{Suffix}";

    public string Sue => $"sue{Suffix}";

    public Guid AnnAccount { get; private set; }

    public Guid BobAccount { get; private set; }

    public Guid CidAccount { get; private set; }

    public Guid UnassignedAccount { get; private set; }

    public Guid Debtor { get; private set; }

    public Guid OtherDebtor { get; private set; }

    public Guid AnnId { get; private set; }

    public Guid BobId { get; private set; }

    public Guid CreditorId { get; private set; }

    public static async Task<TestPortfolio> CreateAsync(ApiFactory api)
    {
        var world = new TestPortfolio(Guid.NewGuid().ToString("N")[..8]);
        using var scope = api.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<DebtHubDbContext>();
        var ssn = scope.ServiceProvider.GetRequiredService<SsnProtector>();
        var now = Now;

        var north = Team.Create($"North {world.Suffix}", now);
        var south = Team.Create($"South {world.Suffix}", now);
        var ann = Collector.Create(world.Ann, "Ann Archer", CollectorRole.Collector, now);
        var bob = Collector.Create(world.Bob, "Bob Baker", CollectorRole.Collector, now);
        var cid = Collector.Create(world.Cid, "Cid Cole", CollectorRole.Collector, now);
        var sue = Collector.Create(world.Sue, "Sue Stone", CollectorRole.Supervisor, now);
        ann.JoinTeam(north.Id);
        bob.JoinTeam(north.Id);
        cid.JoinTeam(south.Id);
        north.AppointSupervisor(sue);
        db.AddRange(north, south, ann, bob, cid, sue);

        var creditor = Creditor.Create($"Acme Card {world.Suffix}", CreditorRegime.ThirdParty, CreditorRules.Default, now);
        var portfolio = creditor.PlacePortfolio("Spring placement", new DateOnly(2026, 3, 1), now);
        db.AddRange(creditor, portfolio);

        var debtor = Domain.Debtors.Debtor.CreatePerson("Maria", null, "Lopez", new DateOnly(1980, 5, 17), "es", now);
        debtor.SetSsn(ssn.Protect("123-45-6789"));
        var mobile = debtor.AddPhone(PhoneNumber.Parse("+15035550101"), LineType.Mobile, ContactSource.Creditor, false, now);
        mobile.GrantConsent(ConsentScope.AutodialedCalls, "Credit application", now.AddYears(-2), now);
        mobile.MarkStatus(PhoneStatus.Valid);
        debtor.AddPhone(PhoneNumber.Parse("+15035550102"), LineType.Landline, ContactSource.SkipTrace, true, now);
        debtor.AddAddress(AddressType.Home, "12 Oak St", null, "Portland", "OR", "97201", ContactSource.Creditor, now);
        debtor.AddEmail("maria@example.com", false, ContactSource.Creditor, now);
        var other = Domain.Debtors.Debtor.CreatePerson("Tom", null, "Reed", null, "en", now);
        db.AddRange(debtor, other);

        Account Place(Domain.Debtors.Debtor owner, string number, decimal principal, Collector? collector)
        {
            var account = Account.Place(new AccountPlacement(owner.Id, creditor.Id, portfolio.Id, number, "First Bank", "Acme Card",
                AccountType.CreditCard, new Money(principal, "USD"), 25m, 10m, new DateOnly(2026, 2, 1), new DateOnly(2026, 1, 15),
                new DateOnly(2025, 11, 1), null, new DateOnly(2031, 1, 1), "OR"), now);
            account.AssignTo(collector?.Id);
            db.Add(account);
            return account;
        }

        var annAccount = Place(debtor, $"A-{world.Suffix}", 1000m, ann);
        annAccount.PostPayment(new Money(100m, "USD"), new DateOnly(2026, 11, 20), $"pay-{world.Suffix}", PaymentApplicationOrder.Default, world.Ann, now.AddMinutes(5));
        annAccount.PlaceHold(HoldKind.Dispute, "Consumer disputes the amount", null, world.Ann, now);
        var cidAccount = Place(debtor, $"C-{world.Suffix}", 500m, cid);
        var bobAccount = Place(other, $"B-{world.Suffix}", 700m, bob);
        var unassigned = Place(other, $"U-{world.Suffix}", 300m, null);
        db.Add(Note.Write(debtor.Id, annAccount.Id, world.Ann, "Promised to call back Friday", now));
        await db.SaveChangesAsync();

        world.AnnAccount = annAccount.Id;
        world.BobAccount = bobAccount.Id;
        world.CidAccount = cidAccount.Id;
        world.UnassignedAccount = unassigned.Id;
        world.Debtor = debtor.Id;
        world.OtherDebtor = other.Id;
        world.AnnId = ann.Id;
        world.BobId = bob.Id;
        world.CreditorId = creditor.Id;
        return world;
    }
}
