using DebtHub.Domain.Common;
using DebtHub.Infrastructure.Seeding;

namespace DebtHub.Infrastructure.Tests.Seeding;

public sealed class DemoSeederTests
{
    private static readonly SeedOptions Small = new(200, 42, new DateOnly(2026, 6, 30));

    // Every column of every seeded table, in id order, except SSN ciphers (each encryption takes a fresh nonce).
    private static readonly string[] Fingerprints =
    [
        "select md5(string_agg(c::text, '|' order by c.id)) from creditors c",
        "select md5(string_agg(p::text, '|' order by p.id)) from portfolios p",
        "select md5(string_agg(t::text, '|' order by t.id)) from teams t",
        "select md5(string_agg(c::text, '|' order by c.id)) from collectors c",
        "select md5(string_agg(concat_ws(',', d.id, d.kind, d.first_name, d.middle_name, d.last_name, d.business_name, d.date_of_birth, d.ssn_last_four, encode(d.ssn_match_hash, 'hex'), d.preferred_language, d.deceased_died_on, d.bankruptcy_case_number, d.military_active_since, d.stated_location, d.created_at), '|' order by d.id)) from debtors d",
        "select md5(string_agg(a::text, '|' order by a.id)) from debtor_addresses a",
        "select md5(string_agg(p::text, '|' order by p.id)) from debtor_phones p",
        "select md5(string_agg(c::text, '|' order by c.id)) from phone_consents c",
        "select md5(string_agg(e::text, '|' order by e.id)) from debtor_emails e",
        "select md5(string_agg(a::text, '|' order by a.id)) from accounts a",
        "select md5(string_agg(h::text, '|' order by h.id)) from account_holds h",
        "select md5(string_agg(l::text, '|' order by l.id)) from ledger_transactions l",
    ];

    [Fact]
    public async Task The_same_seed_writes_the_same_rows()
    {
        await using var first = await ScratchDatabase.CreateAsync();
        await using var second = await ScratchDatabase.CreateAsync();
        await new DemoSeeder(first.DataSource, ScratchDatabase.SsnProtector).SeedAsync(Small, null, CancellationToken.None);
        await new DemoSeeder(second.DataSource, ScratchDatabase.SsnProtector).SeedAsync(Small, null, CancellationToken.None);

        foreach (var sql in Fingerprints)
        {
            Assert.Equal(await first.ColumnAsync(sql), await second.ColumnAsync(sql));
        }

        // The ciphers differ byte for byte but hold the same SSNs.
        var ssns = await first.ColumnAsync("select encode(ssn_cipher, 'base64') from debtors where ssn_cipher is not null order by id");
        var again = await second.ColumnAsync("select encode(ssn_cipher, 'base64') from debtors where ssn_cipher is not null order by id");
        Assert.NotEmpty(ssns);
        Assert.Equal(
            ssns.Select(c => ScratchDatabase.SsnProtector.Reveal(Convert.FromBase64String(c))),
            again.Select(c => ScratchDatabase.SsnProtector.Reveal(Convert.FromBase64String(c))));
    }

    [Fact]
    public async Task Another_seed_writes_a_different_portfolio()
    {
        await using var first = await ScratchDatabase.CreateAsync();
        await using var second = await ScratchDatabase.CreateAsync();
        await new DemoSeeder(first.DataSource, ScratchDatabase.SsnProtector).SeedAsync(Small, null, CancellationToken.None);
        await new DemoSeeder(second.DataSource, ScratchDatabase.SsnProtector).SeedAsync(Small with { Seed = 43 }, null, CancellationToken.None);

        Assert.NotEqual(await first.ColumnAsync(Fingerprints[^3]), await second.ColumnAsync(Fingerprints[^3]));
    }

    [Fact]
    public async Task A_small_portfolio_has_the_requested_accounts_in_every_state()
    {
        await using var database = await ScratchDatabase.CreateAsync();
        var summary = await new DemoSeeder(database.DataSource, ScratchDatabase.SsnProtector).SeedAsync(Small, null, CancellationToken.None);

        Assert.Equal(200, await database.ScalarAsync("select count(*) from accounts"));
        Assert.Equal(166, await database.ScalarAsync("select count(*) from debtors"));
        Assert.Equal(200, summary.Accounts);
        var states = await database.ColumnAsync("select distinct governing_state from accounts order by 1");
        Assert.Equal(UsState.Codes.Where(s => s is not ("PR" or "VI" or "GU" or "AS" or "MP")).Order(StringComparer.Ordinal), states);
        Assert.Equal(51, await database.ScalarAsync("select count(distinct state) from debtor_addresses"));
    }

    [Fact]
    public async Task Every_account_balance_equals_the_sum_of_its_ledger()
    {
        await using var database = await ScratchDatabase.CreateAsync();
        await new DemoSeeder(database.DataSource, ScratchDatabase.SsnProtector).SeedAsync(Small with { Accounts = 1_500 }, null, CancellationToken.None);

        Assert.Equal(0, await database.ScalarAsync("""
            select count(*) from accounts a
            left join (select account_id, sum(principal_delta) p, sum(interest_delta) i, sum(fee_delta) f
                       from ledger_transactions group by account_id) l on l.account_id = a.id
            where l.account_id is null or a.principal_balance <> l.p or a.interest_balance <> l.i or a.fee_balance <> l.f
            """));
        Assert.Equal(0, await database.ScalarAsync(
            "select count(*) from accounts where principal_balance < 0 or interest_balance < 0 or fee_balance < 0"));
        Assert.Equal(0, await database.ScalarAsync(
            "select count(*) from accounts where status in ('PaidInFull', 'Settled') and principal_balance + interest_balance + fee_balance <> 0"));

        // Reversals undo a payment of the same account exactly.
        Assert.True(await database.ScalarAsync("select count(*) from ledger_transactions where kind = 'Reversal'") > 0);
        Assert.Equal(0, await database.ScalarAsync("""
            select count(*) from ledger_transactions r join ledger_transactions p on p.id = r.related_transaction_id
            where r.kind = 'Reversal' and (p.kind <> 'Payment' or p.account_id <> r.account_id
                  or r.principal_delta <> -p.principal_delta or r.interest_delta <> -p.interest_delta or r.fee_delta <> -p.fee_delta)
            """));
    }

    [Fact]
    public async Task Every_reference_points_at_a_seeded_row()
    {
        // The seed may load with foreign-key triggers off (replica mode), so the references are checked here in bulk.
        await using var database = await ScratchDatabase.CreateAsync();
        await new DemoSeeder(database.DataSource, ScratchDatabase.SsnProtector).SeedAsync(Small with { Accounts = 1_500 }, null, CancellationToken.None);

        string[] references =
        [
            "portfolios p left join creditors c on c.id = p.creditor_id where c.id is null",
            "collectors x left join teams t on t.id = x.team_id where x.team_id is not null and t.id is null",
            "teams t left join collectors x on x.id = t.supervisor_id where t.supervisor_id is not null and x.id is null",
            "debtor_addresses a left join debtors d on d.id = a.debtor_id where d.id is null",
            "debtor_phones p left join debtors d on d.id = p.debtor_id where d.id is null",
            "debtor_emails e left join debtors d on d.id = e.debtor_id where d.id is null",
            "phone_consents c left join debtor_phones p on p.id = c.phone_id where p.id is null",
            "inconvenient_times i left join debtor_phones p on p.id = i.phone_id where i.phone_id is not null and p.id is null",
            "accounts a left join debtors d on d.id = a.debtor_id where d.id is null",
            "accounts a left join portfolios p on p.id = a.portfolio_id where p.id is null or p.creditor_id <> a.creditor_id",
            "accounts a left join collectors x on x.id = a.assigned_collector_id where a.assigned_collector_id is not null and x.id is null",
            "account_holds h left join accounts a on a.id = h.account_id where a.id is null",
            "ledger_transactions l left join accounts a on a.id = l.account_id where a.id is null",
        ];
        foreach (var reference in references)
        {
            Assert.True(await database.ScalarAsync($"select count(*) from {reference}") == 0, reference);
        }

        Assert.True(await database.ScalarAsync("select count(*) from accounts where assigned_collector_id is not null") > 0);
    }

    [Fact]
    public async Task The_portfolio_mixes_statuses_holds_and_unreachable_phones()
    {
        await using var database = await ScratchDatabase.CreateAsync();
        await new DemoSeeder(database.DataSource, ScratchDatabase.SsnProtector).SeedAsync(Small with { Accounts = 1_500 }, null, CancellationToken.None);

        var statuses = await database.ColumnAsync("select distinct status from accounts");
        Assert.Superset(new HashSet<string> { "New", "Active", "PaymentPlan", "Disputed", "Cease", "PaidInFull", "Settled" }, statuses.ToHashSet());
        var phoneStatuses = await database.ColumnAsync("select distinct status from debtor_phones");
        Assert.Superset(new HashSet<string> { "Valid", "WrongNumber", "Disconnected", "Unverified" }, phoneStatuses.ToHashSet());
        Assert.True(await database.ScalarAsync("select count(*) from debtor_phones p where line_type = 'Mobile' and not exists (select 1 from phone_consents c where c.phone_id = p.id)") > 0);
        Assert.True(await database.ScalarAsync("select count(*) from phone_consents where scope = 'AutodialedCalls' and revoked_at is null") > 0);

        // A disputed or ceased account carries the hold that stops collection.
        Assert.Equal(0, await database.ScalarAsync("""
            select count(*) from accounts a where a.status in ('Disputed', 'Cease', 'AttorneyRepresented', 'Bankruptcy', 'Deceased')
            and not exists (select 1 from account_holds h where h.account_id = a.id and h.lifted_at is null)
            """));
    }

    [Fact]
    public async Task Addresses_have_zips_of_their_state_and_phones_are_valid_numbers()
    {
        await using var database = await ScratchDatabase.CreateAsync();
        await new DemoSeeder(database.DataSource, ScratchDatabase.SsnProtector).SeedAsync(Small, null, CancellationToken.None);

        var addresses = await database.ColumnAsync("select zip || ' ' || state from debtor_addresses");
        Assert.All(addresses, a => Assert.True(UsGeography.ZipBelongsTo(a[..5], a[6..]), a));
        var phones = await database.ColumnAsync("select number from debtor_phones");
        Assert.All(phones, p => Assert.Equal(p, PhoneNumber.Parse(p).Value));
    }

    [Fact]
    public async Task Seeding_a_database_that_holds_data_is_refused_and_changes_nothing()
    {
        await using var database = await ScratchDatabase.CreateAsync();
        var seeder = new DemoSeeder(database.DataSource, ScratchDatabase.SsnProtector);
        await seeder.SeedAsync(Small, null, CancellationToken.None);
        var before = await database.RowCountsAsync();

        var refusal = await Assert.ThrowsAsync<InvalidOperationException>(() => seeder.SeedAsync(Small with { Seed = 7 }, null, CancellationToken.None));

        Assert.Contains("already holds data", refusal.Message, StringComparison.Ordinal);
        Assert.Equal(before, await database.RowCountsAsync());
    }
}
