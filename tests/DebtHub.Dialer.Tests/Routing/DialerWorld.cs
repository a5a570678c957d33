using DebtHub.Dialer.Tests.Webhooks;
using DebtHub.Domain.Accounts;
using DebtHub.Domain.Collectors;
using DebtHub.Domain.Common;
using DebtHub.Domain.Compliance;
using DebtHub.Domain.Compliance.Facts;
using DebtHub.Domain.Contact;
using DebtHub.Domain.Creditors;
using DebtHub.Domain.Debtors;

namespace DebtHub.Dialer.Tests.Routing;

/// <summary>
/// A debtor with one account, collectors with languages, licences and presence, and confirmed call attempts, written
/// to PostgreSQL through the domain model as the API and the contact ledger write them.
/// </summary>
internal sealed class DialerWorld
{
    private DialerWorld(TestDatabase database, Debtor debtor, DebtorPhone phone, Account account)
    {
        Database = database;
        Debtor = debtor;
        Phone = phone;
        Account = account;
    }

    public static DateTimeOffset Now => WebhookHost.Noon;

    public TestDatabase Database { get; }

    public Debtor Debtor { get; }

    public DebtorPhone Phone { get; }

    public Account Account { get; }

    public static async Task<DialerWorld> CreateAsync(TestDatabase database, string language = "es", string state = "IL", string phone = "+14155550100")
    {
        var then = Now.AddDays(-30);
        var creditor = Creditor.Create($"Creditor {Guid.NewGuid():N}", CreditorRegime.ThirdParty, CreditorRules.Default, then);
        var portfolio = creditor.PlacePortfolio("Dialer tests", new DateOnly(2026, 3, 1), then);
        var debtor = Debtor.CreatePerson("Ana", null, "Lopez", new DateOnly(1980, 5, 17), language, then);
        var number = debtor.AddPhone(PhoneNumber.Parse(phone), Domain.Debtors.LineType.Landline, ContactSource.Creditor, false, then);
        var account = Account.Place(new AccountPlacement(
            debtor.Id, creditor.Id, portfolio.Id, $"DT-{Guid.NewGuid():N}"[..20], "First Bank", "First Bank", AccountType.CreditCard,
            new Money(1200m, "USD"), 0m, 0m, new DateOnly(2026, 1, 31), new DateOnly(2026, 1, 31), new DateOnly(2025, 10, 1),
            null, new DateOnly(2030, 1, 31), state), then);
        await using var db = database.NewContext();
        db.AddRange(creditor, portfolio, debtor, account);
        await db.SaveChangesAsync();
        return new DialerWorld(database, debtor, number, account);
    }

    /// <summary>A collector in <paramref name="state"/> since <paramref name="since"/> (offline before).</summary>
    public Task<Guid> CollectorAsync(string[] languages, string[] licences, PresenceState state, DateTimeOffset since) =>
        CollectorAsync(Database, languages, licences, state, since);

    public static async Task<Guid> CollectorAsync(TestDatabase database, string[] languages, string[] licences, PresenceState state, DateTimeOffset since)
    {
        var collector = Collector.Create($"c{Guid.NewGuid():N}"[..20], "Collector", CollectorRole.Collector, Now.AddDays(-60));
        collector.SetLanguages(languages);
        collector.SetStateLicences(licences);
        var (presence, first) = CollectorPresence.Start(collector.Id, since.AddHours(-1));
        first.Close(since);
        var current = presence.MoveTo(state, state is PresenceState.OnCall or PresenceState.WrapUp ? "CA" + new string('9', 32) : null, since);
        await using var db = database.NewContext();
        db.AddRange(collector, presence, first, current);
        await db.SaveChangesAsync();
        return collector.Id;
    }

    /// <summary>An outbound call confirmed by the ledger under <paramref name="permitId"/>, result not known yet.</summary>
    public async Task<Guid> AttemptAsync(Guid? permitId = null, Guid? campaignId = null)
    {
        var attempt = ContactAttempt.Outbound(
            permitId ?? Ids.New(Now), Debtor.Id, [Account.Id], [Account.Id], [Account.Id], ContactChannel.Call, ContactMode.Predictive,
            Phone.Number, PhoneUse.Home, Now, new ComplianceSnapshot("test", []), Now, campaignId: campaignId);
        await using var db = Database.NewContext();
        db.ContactAttempts.Add(attempt);
        await db.SaveChangesAsync();
        return attempt.Id;
    }
}
