using System.Globalization;
using DebtHub.Domain.Accounts;
using DebtHub.Domain.Common;
using DebtHub.Domain.Creditors;
using DebtHub.Domain.Debtors;
using DebtHub.Infrastructure.Persistence;
using DebtHub.Infrastructure.Security;
using DebtHub.Infrastructure.Seeding;
using Microsoft.EntityFrameworkCore;
using C = DebtHub.Infrastructure.Import.PlacementColumns;

namespace DebtHub.Infrastructure.Import;

/// <summary>
/// Turns a creditor's CSV placement file into a new portfolio of debtors and accounts, all or nothing: every row is
/// checked (with the domain's own factories, so the rules are the ones the API applies), every problem is reported with
/// its line, and only a file without any problem is written, in one transaction. Rows with the same SSN are one debtor
/// owing several accounts.
/// </summary>
public sealed class PlacementImporter(DebtHubDbContext db, SsnProtector ssnProtector, TimeProvider clock)
{
    private const string ConsentSource = "Creditor placement file";

    /// <param name="progress">Receives how many bytes of <paramref name="csv"/> have been read.</param>
    public async Task<PlacementImportResult> ImportAsync(
        Stream csv, PlacementImportRequest request, IProgress<long>? progress, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var creditor = await db.Creditors.SingleOrDefaultAsync(c => c.Name == request.CreditorName, cancellationToken);
        if (creditor is null)
        {
            var known = await db.Creditors.OrderBy(c => c.Name).Select(c => c.Name).Take(20).ToListAsync(cancellationToken);
            return PlacementImportResult.Failed([new PlacementError(0, null,
                $"There is no creditor named \"{request.CreditorName}\"" + (known.Count > 0 ? $" (known: {string.Join(", ", known)})." : "."))]);
        }

        var portfolioName = string.IsNullOrWhiteSpace(request.PortfolioName)
            ? $"{Path.GetFileNameWithoutExtension(request.SourceName)} {today:yyyy-MM-dd}"
            : request.PortfolioName.Trim();
        if (await db.Portfolios.AnyAsync(p => p.CreditorId == creditor.Id && p.Name == portfolioName, cancellationToken))
        {
            return PlacementImportResult.Failed([new PlacementError(0, null,
                $"{creditor.Name} already has a portfolio named \"{portfolioName}\"; choose another with --portfolio.")]);
        }

        var portfolio = creditor.PlacePortfolio(portfolioName, today, now);
        var errors = new List<PlacementError>();
        var debtorsBySsn = new Dictionary<string, Debtor>(StringComparer.Ordinal);
        var debtors = new List<Debtor>();
        var accounts = new List<(Account Account, int Line)>();
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);

        using (var reader = new StreamReader(csv, leaveOpen: true))
        {
            var records = new CsvRecordReader(reader);
            try
            {
                var header = records.Read()?.Select(h => h.Trim().ToLowerInvariant()).ToArray();
                if (header is null)
                {
                    return PlacementImportResult.Failed([new PlacementError(1, null, "The file is empty: it needs a header line and at least one row.")]);
                }

                var headerErrors = HeaderErrors(header);
                if (headerErrors.Count > 0)
                {
                    return PlacementImportResult.Failed(headerErrors);
                }

                var index = header.Select((name, i) => (name, i)).ToDictionary(x => x.name, x => x.i, StringComparer.Ordinal);
                var rows = 0;
                while (records.Read() is { } record)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    rows++;
                    var fields = new PlacementFields(column => index.TryGetValue(column, out var i) && i < record.Length ? record[i] : null, records.RecordLine, errors);
                    if (record.Length != header.Length)
                    {
                        fields.Error(null, $"the row has {record.Length} fields but the header has {header.Length}.");
                    }
                    else
                    {
                        ReadRow(fields, creditor, portfolio, now, debtorsBySsn, debtors, accounts, numbers);
                    }

                    if (rows % 500 == 0)
                    {
                        progress?.Report(csv.CanSeek ? csv.Position : rows);
                    }
                }

                if (rows == 0)
                {
                    errors.Add(new PlacementError(1, null, "The file has a header but no rows."));
                }
            }
            catch (CsvSyntaxException e)
            {
                errors.Add(new PlacementError(e.Line, null, e.Message));
            }
        }

        await CheckAccountNumbersAreNewAsync(creditor, numbers, errors, cancellationToken);
        if (errors.Count > 0)
        {
            return PlacementImportResult.Failed(errors.OrderBy(e => e.Line).ToList());
        }

        // The graph is new and complete: one change scan at save time is enough.
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Portfolios.Add(portfolio);
        db.Debtors.AddRange(debtors);
        db.Accounts.AddRange(accounts.Select(a => a.Account));
        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new PlacementImportResult([], portfolio.Id, portfolio.Name, debtors.Count, accounts.Count);
    }

    private static List<PlacementError> HeaderErrors(string[] header)
    {
        var errors = new List<PlacementError>();
        foreach (var missing in C.Required.Where(r => !header.Contains(r)))
        {
            errors.Add(new PlacementError(1, missing, "this required column is missing from the header."));
        }

        foreach (var unknown in header.Where(h => !C.All.Contains(h)))
        {
            errors.Add(new PlacementError(1, unknown, "unknown column (see docs/import.md for the layout)."));
        }

        foreach (var duplicate in header.GroupBy(h => h).Where(g => g.Count() > 1))
        {
            errors.Add(new PlacementError(1, duplicate.Key, "this column appears more than once."));
        }

        return errors;
    }

    private void ReadRow(
        PlacementFields row, Creditor creditor, Portfolio portfolio, DateTimeOffset now, Dictionary<string, Debtor> debtorsBySsn,
        List<Debtor> debtors, List<(Account, int)> accounts, Dictionary<string, int> numbers)
    {
        // Account fields.
        var accountNumber = row.Required(C.AccountNumber);
        var type = row.Text(C.AccountType) is null ? (AccountType?)null : row.Choice(C.AccountType, AccountType.Other);
        if (type is null)
        {
            row.Error(C.AccountType, "a value is required.");
        }

        var originalCreditor = row.Required(C.OriginalCreditor);
        var principal = row.Amount(C.Principal, required: true);
        var interest = row.Amount(C.Interest, required: false);
        var fees = row.Amount(C.Fees, required: false);
        var currency = row.Check(C.Currency, () => CurrencyCode.Normalize(row.Text(C.Currency) ?? CurrencyCode.UsDollar));
        var itemization = row.Date(C.ItemizationDate, required: true);
        var chargeOff = row.Date(C.ChargeOffDate, required: false);
        var delinquency = row.Date(C.DelinquencyDate, required: false);
        var lastPayment = row.Date(C.LastPaymentDate, required: false);
        var limitations = row.Date(C.StatuteOfLimitationsDate, required: false);
        var governingState = row.State(C.GoverningState, required: false);

        // Debtor fields.
        var kind = row.Choice(C.DebtorType, DebtorKind.Person);
        var dateOfBirth = row.Date(C.DateOfBirth, required: false);
        var ssnText = row.Text(C.Ssn);
        var ssn = ssnText is null ? null : row.Check(C.Ssn, () => SsnProtector.Normalize(ssnText));
        var language = row.Text(C.Language) ?? "en";
        var line1 = row.Required(C.AddressLine1);
        var city = row.Required(C.City);
        var state = row.State(C.State, required: true);
        var zip = row.Required(C.Zip);
        if (zip.Length > 0 && !ZipCode.IsValid(zip))
        {
            row.Error(C.Zip, $"\"{zip}\" is not a US ZIP code (12345 or 12345-6789).");
        }
        else if (zip.Length > 0 && state is not null && !UsGeography.ZipBelongsTo(zip, state))
        {
            row.Error(C.Zip, $"ZIP {zip} is not in {state} ({UsState.NameOf(state)}).");
        }

        var phone1 = row.Phone(C.Phone1);
        var phone1Type = row.Choice(C.Phone1Type, LineType.Unknown);
        var phone1Consent = row.Date(C.Phone1ConsentDate, required: false);
        var phone2 = row.Phone(C.Phone2);
        var phone2Type = row.Choice(C.Phone2Type, LineType.Unknown);
        var phone2Consent = row.Date(C.Phone2ConsentDate, required: false);
        var email = row.Text(C.Email);
        if (email is not null && !EmailAddress.IsValid(email))
        {
            row.Error(C.Email, $"\"{email}\" is not an email address.");
        }

        if (phone1Consent is not null && row.Text(C.Phone1) is null)
        {
            row.Error(C.Phone1ConsentDate, "a consent date needs a phone1 number.");
        }

        if (phone2Consent is not null && row.Text(C.Phone2) is null)
        {
            row.Error(C.Phone2ConsentDate, "a consent date needs a phone2 number.");
        }

        if (accountNumber.Length > 0)
        {
            if (numbers.TryGetValue(accountNumber, out var firstLine))
            {
                row.Error(C.AccountNumber, $"account {accountNumber} already appears on line {firstLine}.");
            }
            else
            {
                numbers[accountNumber] = row.Line;
            }
        }

        if (row.HasErrors)
        {
            return;
        }

        // Every field parsed: the domain decides the rest (names, plausible dates, amounts), one refusal per object.
        var debtor = ssn is not null && debtorsBySsn.TryGetValue(ssn, out var known) ? known : null;
        var isNew = debtor is null;
        debtor ??= kind == DebtorKind.Business
            ? row.Check<Debtor>(C.BusinessName, () => Debtor.CreateBusiness(row.Text(C.BusinessName) ?? string.Empty, language, now))
            : row.Check<Debtor>(null, () => Debtor.CreatePerson(row.Text(C.FirstName) ?? string.Empty, row.Text(C.MiddleName),
                row.Text(C.LastName) ?? string.Empty, dateOfBirth, language, now));
        if (debtor is null)
        {
            return;
        }

        if (isNew && ssn is not null)
        {
            debtor.SetSsn(ssnProtector.Protect(ssn));
        }

        if (isNew || !debtor.Addresses.Any(a => string.Equals(a.Line1, line1, StringComparison.OrdinalIgnoreCase) && ZipCode.Zip5(a.Zip) == zip[..5]))
        {
            row.Check(null, () => debtor.AddAddress(AddressType.Home, line1, row.Text(C.AddressLine2), city, state!, zip, ContactSource.Creditor, now));
        }

        AddPhone(row, debtor, phone1, phone1Type, phone1Consent, C.Phone1, now);
        AddPhone(row, debtor, phone2, phone2Type, phone2Consent, C.Phone2, now);
        if (email is not null && !debtor.Emails.Any(e => string.Equals(e.Address, email, StringComparison.OrdinalIgnoreCase)))
        {
            row.Check(C.Email, () => debtor.AddEmail(email, isWorkEmail: false, ContactSource.Creditor, now));
        }

        var account = row.Check(null, () => Account.Place(new AccountPlacement(
            debtor.Id, creditor.Id, portfolio.Id, accountNumber, originalCreditor, creditor.Name, type!.Value,
            new Money(principal, currency!), interest, fees, itemization!.Value, chargeOff, delinquency, lastPayment, limitations,
            governingState ?? state!), now));
        if (row.HasErrors || account is null)
        {
            return;
        }

        if (isNew)
        {
            debtors.Add(debtor);
            if (ssn is not null)
            {
                debtorsBySsn[ssn] = debtor;
            }
        }

        accounts.Add((account, row.Line));
    }

    private static void AddPhone(
        PlacementFields row, Debtor debtor, PhoneNumber? number, LineType lineType, DateOnly? consentOn, string column, DateTimeOffset now)
    {
        if (number is not { } phoneNumber || debtor.Phones.Any(p => p.Number == phoneNumber.Value))
        {
            return;
        }

        var phone = row.Check(column, () => debtor.AddPhone(phoneNumber, lineType, ContactSource.Creditor, isWorkNumber: false, now));
        if (phone is not null && consentOn is { } on)
        {
            row.Check(column + "_consent_date", () => phone.GrantConsent(ConsentScope.AutodialedCalls, ConsentSource,
                new DateTimeOffset(on.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero), now));
        }
    }

    private async Task CheckAccountNumbersAreNewAsync(
        Creditor creditor, Dictionary<string, int> numbers, List<PlacementError> errors, CancellationToken cancellationToken)
    {
        foreach (var batch in numbers.Keys.Chunk(5_000))
        {
            var existing = await db.Accounts
                .Where(a => a.CreditorId == creditor.Id && batch.Contains(a.CreditorAccountNumber))
                .Select(a => a.CreditorAccountNumber)
                .ToListAsync(cancellationToken);
            errors.AddRange(existing.Select(n => new PlacementError(numbers[n], C.AccountNumber,
                $"{creditor.Name} already placed account {n} with us.")));
        }
    }
}
