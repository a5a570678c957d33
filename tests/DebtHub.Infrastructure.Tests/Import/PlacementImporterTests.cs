using System.Text;
using DebtHub.Domain.Creditors;
using DebtHub.Infrastructure.Import;
using DebtHub.Infrastructure.Tests.Seeding;
using Microsoft.Extensions.Time.Testing;

namespace DebtHub.Infrastructure.Tests.Import;

public sealed class PlacementImporterTests
{
    private const string Header =
        "account_number,account_type,original_creditor,principal,interest,fees,itemization_date,governing_state,first_name,last_name,date_of_birth,ssn,address_line1,city,state,zip,phone1,phone1_type,phone1_consent_date,email";

    private static readonly DateTimeOffset Now = new(2026, 7, 1, 15, 0, 0, TimeSpan.Zero);

    private static readonly string[] GoodRows =
    [
        "A-1,credit_card,Northwind Bank,2450.17,312.40,35.00,2025-03-31,TX,Maria,Gonzalez,1981-06-14,512-44-8120,4417 Red River St,Austin,TX,78751,(512) 555-0143,mobile,2021-05-02,maria@example.com",
        "A-2,medical,St. Luke's,980.00,,,2025-04-30,,Keanu,Kahananui,1990-01-22,,92-1070 Olani St,Kapolei,HI,96707,+18085550110,landline,,",
        "A-3,personal_loan,Northwind Bank,\"7,325.55\",0,0,02/28/2025,IN,Dana,Whitfield,,,615 Ridge Rd,Gary,IN,46402,219-555-0188,,,",
        "A-4,credit_card,Northwind Bank,640.25,80.10,0,2025-06-30,TX,Maria,Gonzalez,1981-06-14,512-44-8120,4417 Red River St,Austin,TX,78751,(512) 555-0143,mobile,,",
    ];

    [Fact]
    public async Task A_valid_file_becomes_a_portfolio_of_debtors_accounts_and_contacts()
    {
        await using var database = await ScratchDatabase.CreateAsync();
        await AddCreditorAsync(database);

        var result = await ImportAsync(database, GoodRows);

        Assert.True(result.Succeeded, string.Join('\n', result.Errors));
        Assert.Equal(4, result.Accounts);
        Assert.Equal(3, result.Debtors); // share an SSN: one debtor owing two accounts
        Assert.Equal(4, await database.ScalarAsync($"select count(*) from accounts where portfolio_id = '{result.PortfolioId}'"));
        Assert.Equal(3, await database.ScalarAsync("select count(*) from debtors"));
        Assert.Equal(3, await database.ScalarAsync("select count(*) from debtor_phones"));
        Assert.Equal(1, await database.ScalarAsync("select count(*) from phone_consents where scope = 'AutodialedCalls'"));
        Assert.Equal(1, await database.ScalarAsync("select count(*) from debtor_emails"));
        Assert.Equal(["+12195550188", "+15125550143", "+18085550110"], await database.ColumnAsync("select number from debtor_phones order by 1"));
        Assert.Equal(["2797.5700", "7325.5500"],
            await database.ColumnAsync("select (principal_balance + interest_balance + fee_balance)::text from accounts where creditor_account_number in ('A-1', 'A-3') order by 1"));
        Assert.Equal(["HI", "IN", "TX", "TX"], await database.ColumnAsync("select governing_state from accounts order by 1"));
        Assert.Equal(4, await database.ScalarAsync("select count(*) from ledger_transactions where kind = 'Charge'"));
        Assert.Equal(1, await database.ScalarAsync("select count(*) from debtors where ssn_last_four = '8120' and ssn_cipher is not null"));
    }

    [Fact]
    public async Task One_bad_row_among_good_ones_is_reported_by_line_and_nothing_is_written()
    {
        await using var database = await ScratchDatabase.CreateAsync();
        await AddCreditorAsync(database);
        var before = await database.RowCountsAsync();
        string[] rows = [GoodRows[0], GoodRows[1], GoodRows[2].Replace("\"7,325.55\"", "7325.5.5", StringComparison.Ordinal), GoodRows[3]];

        var result = await ImportAsync(database, rows);

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Errors);
        Assert.Equal(4, error.Line);
        Assert.Equal("principal", error.Column);
        Assert.Equal("line 4, principal: \"7325.5.5\" is not an amount (for example 1234.56, at most two decimals, no sign).", error.ToString());
        Assert.Equal(before, await database.RowCountsAsync());
    }

    [Fact]
    public async Task Every_problem_of_every_row_is_reported_not_just_the_first()
    {
        await using var database = await ScratchDatabase.CreateAsync();
        await AddCreditorAsync(database);
        string[] rows =
        [
            GoodRows[0],
            "B-2,credit_card,Northwind Bank,100.00,0,0,2025-13-01,ZZ,Ann,Lee,,,1 Main St,Reno,NV,89501,(555) 123-4567,,,not-an-email",
            "B-3,credit_card,Northwind Bank,100.00,0,0,2025-01-01,,Ann,Lee,,,1 Main St,Reno,NV,10001,,,,",
            "B-3,credit_card,Northwind Bank,50.00,0,0,2030-01-01,,,Lee,,123-45-678,1 Main St,Reno,NV,89501,,,,",
        ];

        var result = await ImportAsync(database, rows);

        Assert.Equal(
        [
            "line 3, itemization_date: \"2025-13-01\" is not a date (YYYY-MM-DD).",
            "line 3, governing_state: \"ZZ\" is not a US state or territory code (two letters, such as NY).",
            "line 3, phone1: \"(555) 123-4567\" is not a valid North American number (area code and exchange start with 2-9).",
            "line 3, email: \"not-an-email\" is not an email address.",
            "line 4, zip: ZIP 10001 is not in NV (Nevada).",
            "line 5, ssn: That is not a valid Social Security number (nine digits, as issued).",
            "line 5, account_number: account B-3 already appears on line 4.",
        ], result.Errors.Select(e => e.ToString()));
        Assert.Equal(0, await database.ScalarAsync("select count(*) from accounts"));
    }

    [Fact]
    public async Task Domain_rules_refuse_a_future_itemization_date_and_a_missing_name()
    {
        await using var database = await ScratchDatabase.CreateAsync();
        await AddCreditorAsync(database);
        string[] rows =
        [
            "C-1,credit_card,Northwind Bank,100.00,0,0,2027-01-01,,Ann,Lee,,,1 Main St,Reno,NV,89501,,,,",
            "C-2,credit_card,Northwind Bank,100.00,0,0,2025-01-01,,,Lee,,,1 Main St,Reno,NV,89501,,,,",
        ];

        var result = await ImportAsync(database, rows);

        Assert.Equal(["line 2: The itemization date cannot be in the future.", "line 3: First name is required."],
            result.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public async Task An_account_number_the_creditor_already_placed_is_refused()
    {
        await using var database = await ScratchDatabase.CreateAsync();
        await AddCreditorAsync(database);
        Assert.True((await ImportAsync(database, [GoodRows[1]], "first")).Succeeded);
        var before = await database.RowCountsAsync();

        var result = await ImportAsync(database, [GoodRows[0], GoodRows[1]], "second");

        Assert.Equal(["line 3, account_number: Northwind Bank already placed account A-2 with us."], result.Errors.Select(e => e.ToString()));
        Assert.Equal(before, await database.RowCountsAsync());
    }

    [Fact]
    public async Task A_header_missing_required_columns_is_refused_before_any_row()
    {
        await using var database = await ScratchDatabase.CreateAsync();
        await AddCreditorAsync(database);

        var result = await ImportAsync(database, ["1,2"], header: "account_number,balance");

        Assert.Contains(result.Errors, e => e.Line == 1 && e.Column == "principal");
        Assert.Contains(result.Errors, e => e.Line == 1 && e.Column == "balance" && e.Message.StartsWith("unknown column", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_unknown_creditor_is_refused_with_the_known_names()
    {
        await using var database = await ScratchDatabase.CreateAsync();
        await AddCreditorAsync(database);

        var result = await ImportAsync(database, GoodRows, creditor: "Southwind Bank");

        Assert.Equal("There is no creditor named \"Southwind Bank\" (known: Northwind Bank).", Assert.Single(result.Errors).ToString());
    }

    [Fact]
    public async Task The_sample_placement_file_in_the_docs_imports()
    {
        await using var database = await ScratchDatabase.CreateAsync();
        await AddCreditorAsync(database);
        var path = Path.Combine(RepositoryRoot(), "docs", "sample-placement.csv");
        await using var db = database.NewContext();
        await using var file = File.OpenRead(path);

        var result = await new PlacementImporter(db, ScratchDatabase.SsnProtector, new FakeTimeProvider(Now))
            .ImportAsync(file, new PlacementImportRequest("Northwind Bank", null, "sample-placement.csv"), null, CancellationToken.None);

        Assert.True(result.Succeeded, string.Join('\n', result.Errors));
        Assert.Equal("sample-placement 2026-07-01", result.PortfolioName);
        Assert.Equal(await database.ScalarAsync("select count(*) from accounts"), result.Accounts);
    }

    private static async Task AddCreditorAsync(ScratchDatabase database)
    {
        await using var db = database.NewContext();
        db.Creditors.Add(Creditor.Create("Northwind Bank", CreditorRegime.FirstParty, CreditorRules.Default, Now.AddYears(-1)));
        await db.SaveChangesAsync();
    }

    private static async Task<PlacementImportResult> ImportAsync(
        ScratchDatabase database, string[] rows, string portfolio = "July", string creditor = "Northwind Bank", string header = Header)
    {
        await using var db = database.NewContext();
        using var csv = new MemoryStream(Encoding.UTF8.GetBytes(header + "\r\n" + string.Join("\r\n", rows) + "\r\n"));
        return await new PlacementImporter(db, ScratchDatabase.SsnProtector, new FakeTimeProvider(Now))
            .ImportAsync(csv, new PlacementImportRequest(creditor, portfolio, "test.csv"), null, CancellationToken.None);
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "DebtHub.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("The repository root (DebtHub.sln) was not found.");
    }
}
