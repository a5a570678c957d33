using System.Globalization;
using DebtHub.Domain.Accounts;
using DebtHub.Domain.Collectors;
using DebtHub.Domain.Creditors;
using DebtHub.Domain.Debtors;
using DebtHub.Infrastructure.Security;
using static DebtHub.Infrastructure.Seeding.SeedVocabulary;

namespace DebtHub.Infrastructure.Seeding;

/// <summary>
/// Generates the demo portfolio from one seeded <see cref="Random"/>: rows come out in the same order with the same
/// values for the same options, whatever the chunk size. Every ledger is built with the domain's bucket arithmetic and
/// the account's balances are the sum of its ledger lines.
/// </summary>
internal sealed class DemoPortfolioGenerator
{
    private static readonly BalanceBucket[] PaymentOrder = [BalanceBucket.Fees, BalanceBucket.Interest, BalanceBucket.Principal];

    private static readonly (AccountType Type, int Weight)[] AccountTypes =
    [
        (AccountType.CreditCard, 30), (AccountType.Medical, 22), (AccountType.Utility, 8), (AccountType.Telecom, 8),
        (AccountType.AutoDeficiency, 7), (AccountType.PersonalLoan, 8), (AccountType.StudentLoan, 4),
        (AccountType.Retail, 8), (AccountType.Other, 2),
    ];

    private static readonly (AccountStatus Status, int Weight)[] Statuses =
    [
        (AccountStatus.New, 10), (AccountStatus.Active, 36), (AccountStatus.PaymentPlan, 10), (AccountStatus.Promised, 5),
        (AccountStatus.Disputed, 5), (AccountStatus.Cease, 3), (AccountStatus.AttorneyRepresented, 2),
        (AccountStatus.Legal, 2), (AccountStatus.PaidInFull, 12), (AccountStatus.Settled, 8), (AccountStatus.Closed, 5),
    ];

    // The most populous states get more debtors; every state still appears (the first debtors walk all of them).
    private static readonly HashSet<string> BigStates = ["CA", "TX", "FL", "NY", "PA", "IL", "OH", "GA", "NC", "MI"];

    private readonly SeedOptions _options;
    private readonly SsnProtector _ssnProtector;
    private readonly LocationLists _locations;
    private readonly Random _random;
    private readonly DateTimeOffset _asOf;
    private readonly string[] _weightedStates;
    private SeedFoundation? _foundation;
    private Guid[] _workingCollectorIds = [];

    public DemoPortfolioGenerator(SeedOptions options, SsnProtector ssnProtector, LocationLists locations)
    {
        _options = options;
        _ssnProtector = ssnProtector;
        _locations = locations;
        _random = new Random(options.Seed);
        _asOf = new DateTimeOffset(options.AsOf.ToDateTime(new TimeOnly(23, 59, 59)), TimeSpan.Zero);
        _weightedStates = UsGeography.DemoStates.SelectMany(s => Enumerable.Repeat(s, BigStates.Contains(s) ? 4 : 1)).ToArray();
    }

    public SeedFoundation Foundation()
    {
        if (_foundation is not null)
        {
            return _foundation;
        }

        var created = _asOf.AddDays(-800);
        var creditors = new List<CreditorRow>();
        var portfolios = new List<PortfolioRow>();
        foreach (var (name, regime, floor, installment, term) in new[]
                 {
                     ("Northwind Bank", CreditorRegime.FirstParty, 70m, 50m, 24),
                     ("Bluebonnet Power & Light", CreditorRegime.FirstParty, 80m, 25m, 12),
                     ("Cascade Recovery Partners", CreditorRegime.ThirdParty, 40m, 25m, 36),
                     ("Summit Medical Billing", CreditorRegime.ThirdParty, 50m, 20m, 24),
                     ("Ironwood Auto Finance", CreditorRegime.ThirdParty, 60m, 75m, 48),
                 })
        {
            var creditor = new CreditorRow(Id(created), name, regime.ToString(), created, term, installment, floor);
            creditors.Add(creditor);
            foreach (var monthsAgo in new[] { 18, 9, 2 })
            {
                var placedOn = _options.AsOf.AddMonths(-monthsAgo);
                var at = At(placedOn, 9);
                portfolios.Add(new PortfolioRow(Id(at), creditor.Id, $"{placedOn:yyyy-MM} placement", placedOn, at));
            }
        }

        var teams = new List<TeamRow>();
        var collectors = new List<CollectorRow>();
        var regions = new (string Name, string[] States)[]
        {
            ("East", ["CT", "DC", "DE", "FL", "GA", "MA", "MD", "ME", "NC", "NH", "NJ", "NY", "PA", "RI", "SC", "VA", "VT", "WV"]),
            ("Central", ["AL", "AR", "IA", "IL", "IN", "KS", "KY", "LA", "MI", "MN", "MO", "MS", "ND", "NE", "OH", "OK", "SD", "TN", "TX", "WI"]),
            ("West", ["AK", "AZ", "CA", "CO", "HI", "ID", "MT", "NM", "NV", "OR", "UT", "WA", "WY"]),
        };
        var number = 0;
        foreach (var (region, states) in regions)
        {
            var team = new TeamRow(Id(created), $"{region} Recovery", null, created);
            for (var i = 0; i < 9; i++)
            {
                number++;
                var role = i == 0 ? CollectorRole.Supervisor : CollectorRole.Collector;
                var spanish = i % 3 == 1;
                var first = spanish ? Pick(HispanicFirstNames) : Pick(FirstNames);
                var last = spanish ? Pick(HispanicLastNames) : Pick(LastNames);
                var login = $"{Ascii(first)}.{Ascii(last)}{number:00}".ToLowerInvariant();
                var collector = new CollectorRow(Id(created), login, $"{first} {last}", role.ToString(), team.Id,
                    spanish ? ["en", "es"] : ["en"], states, IsActive: number % 13 != 0, created);
                collectors.Add(collector);
                if (role == CollectorRole.Supervisor)
                {
                    team = team with { SupervisorId = collector.Id };
                }
            }

            teams.Add(team);
        }

        collectors.Add(new CollectorRow(Id(created), "admin", "Operations Admin", nameof(CollectorRole.Admin), null, ["en"],
            [], true, created));
        _workingCollectorIds = collectors.Where(c => c.Role == nameof(CollectorRole.Collector) && c.IsActive).Select(c => c.Id).ToArray();
        _foundation = new SeedFoundation(creditors, portfolios, teams, collectors);
        return _foundation;
    }

    /// <summary>Debtors with their accounts, in chunks of about <paramref name="accountsPerChunk"/> accounts.</summary>
    public IEnumerable<SeedChunk> Chunks(int accountsPerChunk)
    {
        var foundation = Foundation();
        var debtors = _options.Debtors;
        var extra = _options.Accounts - debtors;
        var chunk = new SeedChunk();
        var accountNumber = 0;
        for (var i = 0; i < debtors; i++)
        {
            var accounts = 1 + (int)(((long)(i + 1) * extra / debtors) - ((long)i * extra / debtors));
            var state = i < UsGeography.DemoStates.Count ? UsGeography.DemoStates[i] : Pick(_weightedStates);
            var portfolio = foundation.Portfolios[_random.Next(foundation.Portfolios.Count)];
            var debtor = AddDebtor(chunk, state, portfolio);
            for (var a = 0; a < accounts; a++)
            {
                // A second debt usually comes from another creditor.
                var placement = a == 0 ? portfolio : foundation.Portfolios[_random.Next(foundation.Portfolios.Count)];
                AddAccount(chunk, debtor, state, placement, ++accountNumber);
            }

            if (chunk.Accounts.Count >= accountsPerChunk)
            {
                yield return chunk;
                chunk = new SeedChunk();
            }
        }

        if (chunk.Debtors.Count > 0)
        {
            yield return chunk;
        }
    }

    private DebtorRow AddDebtor(SeedChunk chunk, string state, PortfolioRow portfolio)
    {
        var created = At(portfolio.PlacedOn, 10);
        var business = Chance(4);
        var spanish = !business && (state is "TX" or "CA" or "FL" or "NM" or "AZ" ? Chance(30) : Chance(6));
        var id = Id(created);
        string? first = null, middle = null, last = null, businessName = null, ssnLastFour = null;
        byte[]? cipher = null, matchHash = null;
        DateOnly? dob = null;
        if (business)
        {
            businessName = $"{Pick(BusinessWords)} {Pick(BusinessKinds)}";
        }
        else
        {
            first = spanish ? Pick(HispanicFirstNames) : Pick(FirstNames);
            middle = Chance(40) ? Pick(MiddleInitials) : null;
            last = spanish ? Pick(HispanicLastNames) : Pick(LastNames);
            dob = _options.AsOf.AddYears(-_random.Next(19, 86)).AddDays(-_random.Next(365));
            if (!Chance(3))
            {
                var ssn = _ssnProtector.Protect(Ssn());
                (cipher, ssnLastFour, matchHash) = (ssn.Cipher, ssn.LastFour, ssn.MatchHash);
            }
        }

        var row = new DebtorRow(id, business ? nameof(DebtorKind.Business) : nameof(DebtorKind.Person), first, middle, last,
            businessName, dob, cipher, ssnLastFour, matchHash, spanish ? "es" : "en",
            null, null, null, null, null, null, null, null, null, null, null,
            Chance(2) ? state : null, created);

        if (!business && Chance(1))
        {
            var reported = Before(created.AddDays(_random.Next(1, 60)));
            row = row with
            {
                DeceasedDiedOn = DateOnly.FromDateTime(reported.UtcDateTime).AddDays(-_random.Next(10, 200)),
                DeceasedSource = "Probate notice", DeceasedReportedAt = reported,
            };
        }
        else if (Chance(2))
        {
            var reported = Before(created.AddDays(_random.Next(1, 90)));
            var chapter = Chance(70) ? 7 : 13;
            row = row with
            {
                BankruptcyChapter = chapter,
                BankruptcyCaseNumber = $"{reported.Year % 100:00}-{_random.Next(10000, 99999)}",
                BankruptcyFiledOn = DateOnly.FromDateTime(reported.UtcDateTime).AddDays(-_random.Next(3, 40)),
                BankruptcySource = "PACER notice", BankruptcyReportedAt = reported,
            };
        }
        else if (!business && Chance(2))
        {
            row = row with
            {
                MilitaryActiveSince = _options.AsOf.AddDays(-_random.Next(60, 1500)),
                MilitaryActiveUntil = Chance(30) ? _options.AsOf.AddDays(_random.Next(30, 600)) : null,
                MilitarySource = "SCRA database",
            };
        }

        chunk.Debtors.Add(row);
        AddContacts(chunk, row, state, created);
        return row;
    }

    private void AddContacts(SeedChunk chunk, DebtorRow debtor, string state, DateTimeOffset created)
    {
        var zip = Zip(state);
        var line1 = $"{_random.Next(1, 9999)} {Pick(Streets)}";
        var line2 = Chance(15) ? $"Apt {_random.Next(1, 40)}{(char)('A' + _random.Next(4))}" : null;
        var city = Pick(UsGeography.CitiesOf(state));
        var status = Weighted((AddressStatus.Valid, 70), (AddressStatus.Unknown, 20), (AddressStatus.ReturnedMail, 10));
        chunk.Addresses.Add(new AddressRow(Id(created), debtor.Id, nameof(AddressType.Home), line1, line2, city, state, zip,
            status.ToString(), nameof(ContactSource.Creditor), created, status == AddressStatus.Valid ? Before(created.AddDays(_random.Next(0, 120))) : created));
        if (status == AddressStatus.ReturnedMail)
        {
            // The returned-mail address was replaced by a skip-traced one, sometimes across a state line.
            var newState = Chance(20) ? Pick(_weightedStates) : state;
            var seen = Before(created.AddDays(_random.Next(10, 90)));
            chunk.Addresses.Add(new AddressRow(Id(seen), debtor.Id, nameof(AddressType.Mailing),
                $"{_random.Next(1, 9999)} {Pick(Streets)}", null, Pick(UsGeography.CitiesOf(newState)), newState,
                Zip(newState), nameof(AddressStatus.Unknown), nameof(ContactSource.SkipTrace), seen, seen));
        }

        var phones = Weighted((1, 45), (2, 40), (3, 15));
        var numbers = new HashSet<string>(StringComparer.Ordinal);
        PhoneRow? first = null;
        for (var p = 0; p < phones; p++)
        {
            // Most numbers ring in the debtor's state; people keep their mobile numbers when they move.
            var number = Phone(p > 0 && Chance(15) ? Pick(_weightedStates) : state);
            if (!numbers.Add(number))
            {
                continue;
            }

            var lineType = Weighted((LineType.Mobile, 60), (LineType.Landline, 28), (LineType.Voip, 6), (LineType.Unknown, 6));
            var phoneStatus = Weighted((PhoneStatus.Valid, 55), (PhoneStatus.Unverified, 25), (PhoneStatus.WrongNumber, 10), (PhoneStatus.Disconnected, 10));
            var source = Weighted((ContactSource.Creditor, 65), (ContactSource.SkipTrace, 25), (ContactSource.Consumer, 10));
            var added = source == ContactSource.Creditor ? created : Before(created.AddDays(_random.Next(1, 120)));
            var work = lineType == LineType.Landline && Chance(20);
            var phone = new PhoneRow(Id(added), debtor.Id, number, lineType.ToString(), phoneStatus.ToString(), source.ToString(),
                work, work && Chance(40), Chance(3) ? Before(added.AddDays(_random.Next(1, 60))) : null,
                lineType == LineType.Mobile && Chance(5), added);
            chunk.Phones.Add(phone);
            first ??= phone;

            // Consent to autodialed or prerecorded calls comes with the credit application for about half the mobiles.
            if (lineType == LineType.Mobile && source != ContactSource.SkipTrace && Chance(50))
            {
                var obtained = added.AddDays(-_random.Next(200, 2000));
                var revoked = Chance(8) ? Before(added.AddDays(_random.Next(1, 90))) : (DateTimeOffset?)null;
                chunk.Consents.Add(new ConsentRow(Id(added), phone.Id, nameof(ConsentScope.AutodialedCalls), "Creditor application", obtained, revoked));
                if (Chance(40))
                {
                    chunk.Consents.Add(new ConsentRow(Id(added), phone.Id, nameof(ConsentScope.PrerecordedVoice), "Creditor application", obtained, revoked));
                }

                if (Chance(30))
                {
                    chunk.Consents.Add(new ConsentRow(Id(added), phone.Id, nameof(ConsentScope.TextMessages), "Web portal", Before(added.AddDays(_random.Next(1, 30))), null));
                }
            }
        }

        if (Chance(60))
        {
            var local = debtor.Kind == nameof(DebtorKind.Business)
                ? "billing"
                : $"{Ascii(debtor.FirstName!)}.{Ascii(debtor.LastName!)}{_random.Next(1, 999)}".ToLowerInvariant();
            var work = Chance(8);
            var domain = work ? "employer-mail.com" : Pick(EmailDomains);
            chunk.Emails.Add(new EmailRow(Id(created), debtor.Id, $"{local}@{domain}", work, nameof(ContactSource.Creditor),
                Chance(5) ? Before(created.AddDays(_random.Next(5, 100))) : null, created));
        }

        if (first is not null && Chance(2))
        {
            var stated = Before(created.AddDays(_random.Next(5, 60)));
            var zone = _locations.Zones.TryGetValue(state, out var zones) ? zones[0] : "America/New_York";
            short[] days = Chance(50) ? [1, 2, 3, 4, 5] : [0, 6];
            chunk.InconvenientTimes.Add(new InconvenientTimeRow(Id(stated), debtor.Id, Chance(50) ? first.Id : null, days,
                new TimeOnly(Chance(50) ? 8 : 18, 0), new TimeOnly(Chance(50) ? 12 : 21, 0), zone, stated));
        }
    }

    private void AddAccount(SeedChunk chunk, DebtorRow debtor, string state, PortfolioRow portfolio, int number)
    {
        var foundation = _foundation!;
        var creditor = foundation.Creditors.First(c => c.Id == portfolio.CreditorId);
        var placedAt = At(portfolio.PlacedOn, 11);
        var type = debtor.Kind == nameof(DebtorKind.Business) ? AccountType.BusinessInvoice : Weighted(AccountTypes);
        var chargeOff = portfolio.PlacedOn.AddDays(-_random.Next(30, 1100));
        var delinquency = chargeOff.AddDays(-180);
        var lastPaymentBefore = Chance(60) ? delinquency.AddDays(-_random.Next(1, 90)) : (DateOnly?)null;
        var principal = Money(type switch
        {
            AccountType.Medical => Range(80, 6000),
            AccountType.AutoDeficiency => Range(2500, 28000),
            AccountType.StudentLoan => Range(3000, 45000),
            AccountType.Utility or AccountType.Telecom => Range(60, 1200),
            AccountType.BusinessInvoice => Range(500, 60000),
            _ => Range(250, 18000),
        });
        var interest = type is AccountType.Medical or AccountType.Utility ? 0m : Money(principal * (decimal)_random.NextDouble() * 0.18m);
        var fees = Chance(40) ? Money(Range(25, 150)) : 0m;
        var solYears = 3 + (state[0] + state[1]) % 4;

        var status = debtor.DeceasedReportedAt is not null ? AccountStatus.Deceased
            : debtor.BankruptcyReportedAt is not null ? AccountStatus.Bankruptcy
            : Weighted(Statuses);
        var id = Id(placedAt);
        var balances = Buckets.None;
        var lastPayment = lastPaymentBefore;
        var postings = new List<LedgerRow>();

        void Post(TransactionKind kind, Buckets deltas, DateOnly effectiveOn, DateTimeOffset at, string? key = null, Guid? related = null, string? reason = null, string? by = null)
        {
            postings.Add(new LedgerRow(Id(at), id, kind.ToString(), deltas.Principal, deltas.Interest, deltas.Fees, "USD",
                effectiveOn, at, key, related, reason, by));
            balances += deltas;
        }

        Post(TransactionKind.Charge, new Buckets(principal, interest, fees), chargeOff, placedAt, reason: "Placement");
        var days = Math.Max(1, _options.AsOf.DayNumber - portfolio.PlacedOn.DayNumber);
        var collector = _workingCollectorIds[_random.Next(_workingCollectorIds.Length)];
        var by = foundation.Collectors.First(c => c.Id == collector).UserName;

        if (status != AccountStatus.New && interest > 0m && days > 31)
        {
            // Monthly contractual interest while the account is worked (not for medical or utility debt).
            for (var month = 1; month <= Math.Min(3, days / 31); month++)
            {
                var on = portfolio.PlacedOn.AddDays(31 * month);
                Post(TransactionKind.Interest, new Buckets(0m, Money(principal * 0.01m), 0m), on, At(on, 2));
            }
        }

        if (status is AccountStatus.Active or AccountStatus.PaymentPlan or AccountStatus.Promised or AccountStatus.Disputed
            or AccountStatus.Legal or AccountStatus.PaidInFull or AccountStatus.Settled or AccountStatus.Closed)
        {
            var payments = status switch
            {
                AccountStatus.PaymentPlan => _random.Next(1, 7),
                AccountStatus.PaidInFull or AccountStatus.Settled => _random.Next(0, 3),
                _ => Chance(40) ? _random.Next(1, 4) : 0,
            };
            for (var p = 0; p < payments && days > 2; p++)
            {
                var on = portfolio.PlacedOn.AddDays(Math.Min(days - 1, 5 + (p * Math.Max(1, days / (payments + 1)))));
                var amount = Math.Min(Money(Math.Max(creditor.MinimumInstallment, balances.Total * (decimal)(0.05 + (_random.NextDouble() * 0.15)))), balances.Total - 1m);
                if (amount <= 0m)
                {
                    break;
                }

                var at = At(on, 15);
                var paymentId = postings.Count;
                Post(TransactionKind.Payment, Buckets.ApplyPayment(balances, amount, PaymentOrder), on, at, key: $"seed-{id:N}-{p}", by: by);
                lastPayment = on;
                if (Chance(8) && on.AddDays(3) <= _options.AsOf)
                {
                    // The payment bounced: reverse it exactly and charge the creditor's NSF fee.
                    var payment = postings[paymentId];
                    var returned = at.AddDays(3);
                    Post(TransactionKind.Reversal, -new Buckets(payment.PrincipalDelta, payment.InterestDelta, payment.FeeDelta),
                        on.AddDays(3), returned, related: payment.Id, reason: "NSF: insufficient funds", by: "system");
                    if (status is not (AccountStatus.PaidInFull or AccountStatus.Settled or AccountStatus.Closed))
                    {
                        Post(TransactionKind.Fee, new Buckets(0m, 0m, 25m), on.AddDays(3), returned.AddMinutes(1), reason: "Returned payment fee");
                    }
                }
            }

            var finalOn = _options.AsOf.AddDays(-_random.Next(0, Math.Min(days, 20)));
            if (finalOn < portfolio.PlacedOn.AddDays(1))
            {
                finalOn = portfolio.PlacedOn.AddDays(1) <= _options.AsOf ? portfolio.PlacedOn.AddDays(1) : _options.AsOf;
            }

            if (status == AccountStatus.PaidInFull && balances.Total > 0m)
            {
                Post(TransactionKind.Payment, Buckets.ApplyPayment(balances, balances.Total, PaymentOrder), finalOn, At(finalOn, 16), key: $"seed-{id:N}-final", by: by);
                lastPayment = finalOn;
            }
            else if (status == AccountStatus.Settled && balances.Total > 0m)
            {
                var settlement = Money(balances.Total * creditor.SettlementFloorPercent / 100m);
                if (settlement > 0m)
                {
                    Post(TransactionKind.Payment, Buckets.ApplyPayment(balances, settlement, PaymentOrder), finalOn, At(finalOn, 16), key: $"seed-{id:N}-settlement", by: by);
                    lastPayment = finalOn;
                }

                Post(TransactionKind.Adjustment, -balances, finalOn, At(finalOn, 17), reason: "Settled for less than the full balance", by: "supervisor");
            }
        }

        var worked = status != AccountStatus.New;
        var noticeAt = worked ? placedAt.AddDays(1) : (DateTimeOffset?)null;
        var finished = status is AccountStatus.PaidInFull or AccountStatus.Settled or AccountStatus.Closed;
        chunk.Accounts.Add(new AccountRow(id, debtor.Id, creditor.Id, portfolio.Id,
            $"{creditor.Name[..2].ToUpperInvariant()}{number:D10}",
            creditor.Regime == nameof(CreditorRegime.FirstParty) ? creditor.Name : Pick(OriginalCreditors), creditor.Name,
            type.ToString(), "USD", chargeOff, principal + interest + fees, chargeOff, delinquency, lastPayment,
            delinquency.AddYears(solYears), state, status.ToString(),
            worked && !finished && Chance(75) ? collector : null,
            noticeAt, noticeAt, noticeAt is { } n ? DateOnly.FromDateTime(n.UtcDateTime).AddDays(37) : null, placedAt,
            balances.Principal, balances.Interest, balances.Fees));
        chunk.Ledger.AddRange(postings);
        AddHolds(chunk, id, status, debtor, placedAt, by);
    }

    private void AddHolds(SeedChunk chunk, Guid accountId, AccountStatus status, DebtorRow debtor, DateTimeOffset placedAt, string collector)
    {
        var at = Before(placedAt.AddDays(_random.Next(2, 30)));
        (HoldKind Kind, string Reason, string? Details)? hold = status switch
        {
            AccountStatus.Disputed => (HoldKind.Dispute, "Consumer disputed the debt in writing", null),
            AccountStatus.Cease => (HoldKind.Cease, "Written request to cease communication", null),
            AccountStatus.AttorneyRepresented => (HoldKind.AttorneyRepresentation, "Consumer is represented by counsel",
                $"{Pick(FirstNames)} {Pick(LastNames)}, Esq., (555) 010-{_random.Next(1000, 9999)}"),
            AccountStatus.Bankruptcy => (HoldKind.Bankruptcy, $"Chapter {debtor.BankruptcyChapter} filing", debtor.BankruptcyCaseNumber),
            AccountStatus.Deceased => (HoldKind.Deceased, "Debtor deceased; contact the estate only", null),
            AccountStatus.Active when Chance(4) => (HoldKind.Other, "Hardship review", null),
            _ => null,
        };
        if (hold is { } h)
        {
            chunk.Holds.Add(new HoldRow(Id(at), accountId, h.Kind.ToString(), h.Reason, h.Details, at, collector, null, null, null));
        }

        if (status is AccountStatus.Active or AccountStatus.PaymentPlan && Chance(3) && at.AddDays(20) <= _asOf)
        {
            // A dispute answered with verification: the hold stays on file, lifted.
            chunk.Holds.Add(new HoldRow(Id(at), accountId, nameof(HoldKind.Dispute), "Consumer disputed the balance", null, at,
                collector, at.AddDays(20), "supervisor", "Verification mailed to the consumer"));
        }
    }

    /// <summary>Nothing is dated after the as-of instant: a later event becomes one just before it.</summary>
    private DateTimeOffset Before(DateTimeOffset at) => at <= _asOf ? at : _asOf.AddMinutes(-_random.Next(1, 600));

    private Guid Id(DateTimeOffset at) => DeterministicIds.New(at, _random);

    private DateTimeOffset At(DateOnly day, int hourUtc) =>
        new(day.ToDateTime(new TimeOnly(hourUtc, _random.Next(60), _random.Next(60))), TimeSpan.Zero);

    private bool Chance(int percent) => _random.Next(100) < percent;

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    private decimal Range(int min, int max) => min + (decimal)(_random.NextDouble() * (max - min));

    private static decimal Money(decimal amount) => Math.Round(amount, 2, MidpointRounding.ToEven);

    private T Weighted<T>(params (T Value, int Weight)[] choices)
    {
        var roll = _random.Next(choices.Sum(c => c.Weight));
        foreach (var (value, weight) in choices)
        {
            if (roll < weight)
            {
                return value;
            }

            roll -= weight;
        }

        return choices[^1].Value;
    }

    private string Zip(string state)
    {
        var prefixes = UsGeography.PrefixesOf(state);
        return string.Create(CultureInfo.InvariantCulture, $"{prefixes[_random.Next(prefixes.Count)]:000}{_random.Next(1, 100):00}");
    }

    private string Phone(string state)
    {
        var codes = _locations.AreaCodes.TryGetValue(state, out var list) && list.Length > 0 ? list : [212];
        return string.Create(CultureInfo.InvariantCulture, $"+1{codes[_random.Next(codes.Length)]}{_random.Next(200, 1000)}{_random.Next(10000):0000}");
    }

    private string Ssn()
    {
        var area = _random.Next(1, 900);
        if (area == 666)
        {
            area = 667;
        }

        return string.Create(CultureInfo.InvariantCulture, $"{area:000}{_random.Next(1, 100):00}{_random.Next(1, 10000):0000}");
    }

    private static string Ascii(string name) =>
        new(name.Normalize(System.Text.NormalizationForm.FormD).Where(char.IsAsciiLetter).ToArray());
}
