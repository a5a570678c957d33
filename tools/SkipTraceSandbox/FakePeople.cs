using System.Security.Cryptography;
using System.Text;

namespace DebtHub.SkipTraceSandbox;

/// <summary>What a client knows about the person it looks for.</summary>
public sealed record Subject(string? FirstName, string? LastName, string? DateOfBirth, string? Ssn, string? State, string? Zip);

public sealed record FoundPhone(string Number, string Type, int Score, DateOnly FirstSeen, DateOnly LastSeen);

public sealed record FoundAddress(string Line1, string? Line2, string City, string State, string Zip, int Score, DateOnly FirstSeen, DateOnly LastSeen);

public sealed record FoundEmail(string Address, int Score, DateOnly FirstSeen, DateOnly LastSeen);

public sealed record FoundEmployer(string Name, string? Phone, int Score, DateOnly FirstSeen, DateOnly LastSeen);

public sealed record FoundIndicator(string Kind, DateOnly? Date, string Detail);

/// <summary>A fake person the sandbox "found": the same subject always gives the same person.</summary>
public sealed record Person(
    IReadOnlyList<FoundPhone> Phones, IReadOnlyList<FoundAddress> Addresses, IReadOnlyList<FoundEmail> Emails,
    IReadOnlyList<FoundEmployer> Employers, IReadOnlyList<FoundIndicator> Indicators);

/// <summary>
/// Deterministic fake people. The subject's SSN (else name and birth date) seeds everything, so a test can know the
/// answer in advance. Phones are fictional (NXX 555, lines 0100-0199). Last names steer the outcome for tests:
/// "Nohit" finds nobody; "Decedent", "Bankrupt" and "Litigant" add that indicator; "Lowscore" finds only weak matches.
/// Every other subject is found, in a city of another state than the one given.
/// </summary>
public static class FakePeople
{
    private static readonly (string City, string State, string Zip, string AreaCode)[] Cities =
    [
        ("Chicago", "IL", "60601", "312"), ("Portland", "OR", "97201", "503"), ("Austin", "TX", "78701", "512"),
        ("Denver", "CO", "80202", "303"), ("Atlanta", "GA", "30303", "404"), ("Boston", "MA", "02108", "617"),
        ("Phoenix", "AZ", "85004", "602"), ("Seattle", "WA", "98101", "206"),
    ];

    private static readonly string[] Streets = ["Oak St", "Maple Ave", "Cedar Ln", "Pine Rd", "Elm St", "Lake Dr", "Hill Ct", "River Rd"];

    private static readonly string[] Employers = ["Acme Logistics", "Northwind Traders", "Contoso Health", "Fabrikam Foods", "Tailspin Freight"];

    public static Person? Find(Subject subject, DateOnly today)
    {
        var last = subject.LastName?.Trim() ?? string.Empty;
        if (last.Equals("Nohit", StringComparison.OrdinalIgnoreCase) || (subject.Ssn is null && (subject.FirstName is null || last.Length == 0)))
        {
            return null;
        }

        var seed = SHA256.HashData(Encoding.UTF8.GetBytes(subject.Ssn is { Length: > 0 } ssn
            ? "ssn:" + new string(ssn.Where(char.IsAsciiDigit).ToArray())
            : $"name:{subject.FirstName?.Trim().ToUpperInvariant()}|{last.ToUpperInvariant()}|{subject.DateOfBirth}"));
        var weak = last.Equals("Lowscore", StringComparison.OrdinalIgnoreCase);
        var city = Cities[seed[0] % Cities.Length];
        if (string.Equals(city.State, subject.State, StringComparison.OrdinalIgnoreCase))
        {
            city = Cities[(seed[0] + 1) % Cities.Length];
        }

        DateOnly Ago(int b, int scale) => today.AddDays(-(seed[b] * scale) - 1);
        (DateOnly First, DateOnly Last) Seen(int first, int firstScale, int last, int lastScale)
        {
            var (a, b) = (Ago(first, firstScale), Ago(last, lastScale));
            return a <= b ? (a, b) : (b, a);
        }

        var mobile = $"+1{city.AreaCode}5550{100 + (seed[1] % 100):000}";
        var landline = $"+1{city.AreaCode}5550{100 + (seed[2] % 100):000}";
        var phones = new List<FoundPhone>
        {
            new(mobile, "mobile", weak ? 40 + (seed[3] % 20) : 82 + (seed[3] % 16), Seen(4, 3, 5, 0).First, Seen(4, 3, 5, 0).Last),
        };
        if (landline != mobile)
        {
            phones.Add(new FoundPhone(landline, "landline", 45 + (seed[6] % 30), Seen(7, 5, 8, 1).First, Seen(7, 5, 8, 1).Last));
        }

        var addresses = new List<FoundAddress>
        {
            new($"{100 + seed[9] * 7} {Streets[seed[10] % Streets.Length]}", null, city.City, city.State, city.Zip,
                weak ? 35 + (seed[11] % 20) : 70 + (seed[11] % 26), Seen(12, 4, 13, 0).First, Seen(12, 4, 13, 0).Last),
        };
        var first = (subject.FirstName ?? "person").Trim().ToLowerInvariant();
        var emails = new List<FoundEmail>
        {
            new($"{first}.{last.ToLowerInvariant()}{seed[14] % 90 + 10}@example.com", weak ? 30 : 55 + (seed[15] % 30), Seen(16, 6, 17, 1).First, Seen(16, 6, 17, 1).Last),
        };
        var employers = seed[18] % 2 == 0
            ? new List<FoundEmployer> { new(Employers[seed[19] % Employers.Length], $"+1{city.AreaCode}5550{100 + (seed[20] % 100):000}", 60 + (seed[21] % 25), Seen(22, 8, 23, 2).First, Seen(22, 8, 23, 2).Last) }
            : [];
        var indicators = new List<FoundIndicator>();
        if (last.Equals("Decedent", StringComparison.OrdinalIgnoreCase))
        {
            indicators.Add(new FoundIndicator("deceased", Ago(24, 1), "SSA Death Master File match"));
        }

        if (last.Equals("Bankrupt", StringComparison.OrdinalIgnoreCase))
        {
            indicators.Add(new FoundIndicator("bankruptcy", Ago(25, 2), $"Chapter 7, case 26-{10000 + seed[26] * 31}"));
        }

        if (last.Equals("Litigant", StringComparison.OrdinalIgnoreCase))
        {
            indicators.Add(new FoundIndicator("litigious", null, "3 FDCPA suits filed in the last 5 years"));
        }

        return new Person(phones, addresses, emails, employers, indicators);
    }
}
