using DebtHub.Domain.Accounts;
using DebtHub.Domain.Audit;
using DebtHub.Domain.Collectors;
using DebtHub.Domain.Common;
using DebtHub.Domain.Creditors;
using DebtHub.Domain.Debtors;
using DebtHub.Domain.Notes;
using DebtHub.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DebtHub.Infrastructure.Tests.Persistence;

public sealed class RoundTripTests(PostgresFixture database) : IClassFixture<PostgresFixture>
{
    private static readonly DateTimeOffset Now = TestData.Now;

    [Fact]
    public async Task A_debtor_with_every_kind_of_contact_point_reads_back_as_written()
    {
        var protector = new SsnProtector(Options.Create(new SecurityOptions
        {
            SsnEncryptionKey = Convert.ToBase64String(new byte[32].Select((_, i) => (byte)i).ToArray()),
            SsnHashKey = Convert.ToBase64String(new byte[32].Select((_, i) => (byte)(255 - i)).ToArray()),
        }));
        var debtor = Debtor.CreatePerson("José", "Ñ", "Müller-Ørsted", new DateOnly(1975, 2, 28), "es", Now);
        debtor.SetSsn(protector.Protect("123-45-6789"));
        debtor.AddAddress(AddressType.Home, "12 Main St", "Apt 4", "Gary", "in", "46402", ContactSource.Creditor, Now);
        var phone = debtor.AddPhone(PhoneNumber.Parse("(219) 555-0199"), LineType.Mobile, ContactSource.Creditor, false, Now);
        phone.GrantConsent(ConsentScope.AutodialedCalls, "creditor application", Now.AddYears(-1), Now);
        debtor.AddEmail("jose@example.com", false, ContactSource.Consumer, Now);
        debtor.AddInconvenientTime(phone.Id, [DayOfWeek.Monday, DayOfWeek.Friday], new TimeOnly(8, 0), new TimeOnly(12, 0), "America/Chicago", Now);
        debtor.ReportBankruptcy(13, "24-10001", new DateOnly(2026, 6, 1), "PACER scrub", Now);
        debtor.ReportDeceased(new DateOnly(2026, 10, 1), "Probate notice", Now);
        debtor.ReportMilitaryService(new DateOnly(2024, 1, 1), null, "DMDC");

        await using (var db = database.NewContext())
        {
            db.Debtors.Add(debtor);
            await db.SaveChangesAsync();
        }

        await using var read = database.NewContext();
        var loaded = await read.Debtors
            .Include(d => d.Addresses).Include(d => d.Phones).ThenInclude(p => p.Consents)
            .Include(d => d.Emails).Include(d => d.InconvenientTimes)
            .SingleAsync(d => d.Id == debtor.Id);

        Assert.Equal("José Ñ Müller-Ørsted", loaded.DisplayName);
        Assert.Equal(new DateOnly(1975, 2, 28), loaded.DateOfBirth);
        Assert.Equal("6789", loaded.SsnLastFour);
        Assert.Equal("123456789", protector.Reveal(loaded.SsnCipher!));
        Assert.Equal(protector.MatchHash("123456789"), loaded.SsnMatchHash);
        Assert.Equal("IN", Assert.Single(loaded.Addresses).State);
        var loadedPhone = Assert.Single(loaded.Phones);
        Assert.Equal("+12195550199", loadedPhone.Number);
        Assert.Equal(LineType.Mobile, loadedPhone.LineType);
        Assert.True(loadedPhone.HasConsentAt(ConsentScope.AutodialedCalls, Now));
        Assert.Equal("jose@example.com", Assert.Single(loaded.Emails).Address);
        var window = Assert.Single(loaded.InconvenientTimes);
        Assert.Equal([DayOfWeek.Monday, DayOfWeek.Friday], window.Days);
        Assert.Equal(loadedPhone.Id, window.PhoneId);
        Assert.Equal(new BankruptcyFiling(13, "24-10001", new DateOnly(2026, 6, 1), "PACER scrub", Now), loaded.Bankruptcy);
        Assert.Equal(new DateOnly(2026, 10, 1), loaded.Deceased!.DiedOn);
        Assert.Equal("DMDC", loaded.Military!.Source);
    }

    [Fact]
    public async Task An_account_with_holds_and_a_ledger_reads_back_with_balances_equal_to_its_ledger()
    {
        Guid accountId;
        await using (var db = database.NewContext())
        {
            var account = await TestData.PlaceAccountAsync(db);
            account.AccrueInterest(12.34m, new DateOnly(2026, 11, 1), Now);
            var payment = account.PostPayment(new Money(100m, "USD"), new DateOnly(2026, 11, 20), "roundtrip-1", PaymentApplicationOrder.Default, "ana", Now);
            account.ReversePayment(payment, alreadyReversed: false, "NSF", "ana", Now);
            account.PlaceHold(HoldKind.AttorneyRepresentation, "Consumer retained counsel", "J. Doe, Doe LLP, +13125550100", "ana", Now);
            db.Notes.Add(Note.Write(account.DebtorId, account.Id, "ana", "Asked for itemization — sent.", Now));
            db.AuditEntries.Add(AuditEntry.Record("ana", "Collector", "account.hold.placed", "Account", account.Id, """{"kind":"AttorneyRepresentation"}""", Now));
            await db.SaveChangesAsync();
            accountId = account.Id;
        }

        await using var read = database.NewContext();
        var loaded = await read.Accounts.Include(a => a.Holds).Include(a => a.Transactions).SingleAsync(a => a.Id == accountId);
        Assert.Equal(1000m + 50m + 12.34m + 25m, loaded.Balance.Amount);
        Assert.Equal(loaded.Transactions.Sum(t => t.Amount), loaded.Balance.Amount);
        Assert.Equal([TransactionKind.Charge, TransactionKind.Interest, TransactionKind.Payment, TransactionKind.Reversal],
            loaded.Transactions.Select(t => t.Kind).Order());
        Assert.Equal(HoldKind.AttorneyRepresentation, Assert.Single(loaded.Holds).Kind);
        Assert.True(loaded.HasActiveHold(HoldKind.AttorneyRepresentation));
        Assert.Equal("IL", loaded.GoverningState);
        Assert.Single(await read.Notes.Where(n => n.AccountId == accountId).ToListAsync());
        Assert.Equal("account.hold.placed", (await read.AuditEntries.SingleAsync(a => a.EntityId == accountId)).Action);
    }

    [Fact]
    public async Task Collectors_and_teams_keep_their_languages_and_licences()
    {
        var supervisor = Collector.Create($"sup{Guid.NewGuid():N}"[..12], "Sam Supervisor", CollectorRole.Supervisor, Now);
        var team = Team.Create($"Team {Guid.NewGuid():N}", Now);
        team.AppointSupervisor(supervisor);
        var collector = Collector.Create($"col{Guid.NewGuid():N}"[..12], "Cora Collector", CollectorRole.Collector, Now);
        collector.SetLanguages(["en", "ES"]);
        collector.SetStateLicences(["tx", "ca"]);
        collector.JoinTeam(team.Id);
        await using (var db = database.NewContext())
        {
            db.Add(supervisor);
            await db.SaveChangesAsync();
            db.Add(team);
            await db.SaveChangesAsync();
            db.Add(collector);
            await db.SaveChangesAsync();
        }

        await using var read = database.NewContext();
        var loaded = await read.Collectors.SingleAsync(c => c.Id == collector.Id);
        Assert.Equal(["en", "es"], loaded.Languages);
        Assert.Equal(["CA", "TX"], loaded.StateLicences);
        Assert.True(loaded.IsLicensedIn("tx"));
        Assert.Equal(supervisor.Id, (await read.Teams.SingleAsync(t => t.Id == team.Id)).SupervisorId);
    }

    [Fact]
    public async Task A_creditor_keeps_its_regime_and_rules()
    {
        var creditor = Creditor.Create($"Clinic {Guid.NewGuid():N}", CreditorRegime.FirstParty, new CreditorRules(45.5m, 20m, 36), Now);
        await using (var db = database.NewContext())
        {
            db.Add(creditor);
            await db.SaveChangesAsync();
        }

        await using var read = database.NewContext();
        var loaded = await read.Creditors.SingleAsync(c => c.Id == creditor.Id);
        Assert.Equal(CreditorRegime.FirstParty, loaded.Regime);
        Assert.Equal(new CreditorRules(45.5m, 20m, 36), loaded.Rules);
    }
}
