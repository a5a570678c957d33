using DebtHub.Domain.Accounts;
using DebtHub.Domain.Common;
using DebtHub.Domain.Compliance;
using DebtHub.Domain.Compliance.Facts;
using DebtHub.Domain.Contact;
using DebtHub.Domain.Creditors;
using DebtHub.Domain.Debtors;
using DebtHub.Infrastructure.Persistence;
using DebtHub.Infrastructure.Tests.Persistence;
using DomainLineType = DebtHub.Domain.Debtors.LineType;

namespace DebtHub.Infrastructure.Tests.Contact.Support;

/// <summary>
/// A debtor in Chicago (address ZIP 60601, mobile +1 312) with one account of a third-party creditor, written to
/// PostgreSQL through the domain model; each test adds what it is about before saving.
/// </summary>
internal sealed class Scenario
{
    /// <summary>Wednesday 10 June 2026, 10:00 in Chicago (CDT, UTC-5).</summary>
    public static readonly DateTimeOffset Morning = new(2026, 6, 10, 15, 0, 0, TimeSpan.Zero);

    private readonly List<ContactAttempt> _attempts = [];

    private Scenario(DateTimeOffset now)
    {
        Now = now;
        Creditor = Creditor.Create($"Creditor {Guid.NewGuid():N}", CreditorRegime.ThirdParty, CreditorRules.Default, now.AddDays(-90));
        var portfolio = Creditor.PlacePortfolio("Contact tests", new DateOnly(2026, 3, 1), now.AddDays(-90));
        PortfolioId = portfolio.Id;
        Portfolio = portfolio;
        Debtor = Debtor.CreatePerson("Ana", null, "Lopez", new DateOnly(1980, 5, 17), "en", now.AddDays(-90));
        Debtor.AddAddress(AddressType.Home, "1 N State St", null, "Chicago", "IL", "60601", ContactSource.Creditor, now.AddDays(-90));
        Mobile = Debtor.AddPhone(PhoneNumber.Parse("+13125550142"), DomainLineType.Mobile, ContactSource.Creditor, false, now.AddDays(-90));
        Account = PlaceAccount();
    }

    public DateTimeOffset Now { get; }

    public Creditor Creditor { get; }

    public Guid PortfolioId { get; }

    private Portfolio Portfolio { get; }

    public Debtor Debtor { get; }

    public DebtorPhone Mobile { get; }

    public Account Account { get; }

    public List<Account> OtherAccounts { get; } = [];

    public static Scenario At(DateTimeOffset now) => new(now);

    public Account PlaceAccount()
    {
        var account = Account.Place(new AccountPlacement(
            Debtor.Id, Creditor.Id, PortfolioId, $"CT-{Guid.NewGuid():N}"[..20], "First Bank", "First Bank", AccountType.CreditCard,
            new Money(1000m, "USD"), 0m, 0m, new DateOnly(2026, 1, 31), new DateOnly(2026, 1, 31), new DateOnly(2025, 10, 1),
            null, new DateOnly(2030, 1, 31), "IL"), Now.AddDays(-90));
        if (Account is not null)
        {
            OtherAccounts.Add(account);
        }

        return account;
    }

    /// <summary>An outbound call about the account, placed at <paramref name="at"/> and unanswered (it counts toward 7-in-7).</summary>
    public Scenario CallPlaced(DateTimeOffset at, AttemptOutcome result = AttemptOutcome.NoAnswer, Account? about = null)
    {
        var account = about ?? Account;
        _attempts.Add(ContactAttempt.Outbound(
            Guid.NewGuid(), Debtor.Id, [account.Id], [account.Id], [account.Id], ContactChannel.Call, ContactMode.ManualDial, Mobile.Number,
            PhoneUse.Mobile, at, new ComplianceSnapshot("2026.11", []), at, result,
            result == AttemptOutcome.NotConnected ? ContactDisposition.NotConnected : ContactDisposition.NoAnswer));
        return this;
    }

    /// <summary>A call the consumer made to us, with a conversation about the account.</summary>
    public Scenario InboundConversation(DateTimeOffset at)
    {
        _attempts.Add(ContactAttempt.Inbound(Guid.NewGuid(), Debtor.Id, [Account.Id], [Account.Id], Mobile.Number, at, true, at));
        return this;
    }

    public async Task SaveAsync(PostgresFixture database)
    {
        await using var db = database.NewContext();
        db.AddRange(Creditor, Portfolio, Debtor, Account);
        db.AddRange(OtherAccounts);
        db.AddRange(_attempts);
        await db.SaveChangesAsync();
    }
}
