using System.Globalization;
using System.Text;

namespace DebtHub.SkipTraceSandbox;

/// <summary>
/// The batch exchange as vendors run it: a CSV of subjects in, a CSV of findings out, one row per finding (a row with
/// record_type NOHIT when nobody was found). The input layout is the common one DebtHub exports:
/// reference_id,first_name,middle_name,last_name,dob,ssn,address1,address2,city,state,zip,phone,fcra_purpose,glba_purpose,dppa_purpose
/// The result layout:
/// reference_id,record_type,score,first_seen,last_seen,phone,phone_type,address1,address2,city,state,zip,email,employer_name,detail
/// </summary>
public static class BatchFiles
{
    public const string ResultHeader = "reference_id,record_type,score,first_seen,last_seen,phone,phone_type,address1,address2,city,state,zip,email,employer_name,detail";

    public static string Process(string input, DateOnly today)
    {
        var output = new StringBuilder(ResultHeader).Append('\n');
        var lines = input.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        if (lines.Length == 0)
        {
            return output.ToString();
        }

        var header = Csv.Split(lines[0]);
        int Col(string name) => Array.FindIndex(header, h => h.Equals(name, StringComparison.OrdinalIgnoreCase));
        int reference = Col("reference_id"), first = Col("first_name"), last = Col("last_name"), dob = Col("dob"), ssn = Col("ssn"),
            state = Col("state"), zip = Col("zip"), fcra = Col("fcra_purpose"), glba = Col("glba_purpose"), dppa = Col("dppa_purpose");
        foreach (var line in lines.Skip(1))
        {
            var cells = Csv.Split(line);
            string? Cell(int index) => index >= 0 && index < cells.Length && cells[index].Length > 0 ? cells[index] : null;
            var id = Cell(reference) ?? string.Empty;
            if (Cell(fcra) is null && Cell(glba) is null && Cell(dppa) is null)
            {
                Row(output, id, "REFUSED", null, null, null, detail: "no permissible purpose");
                continue;
            }

            var person = FakePeople.Find(new Subject(Cell(first), Cell(last), Cell(dob), Cell(ssn), Cell(state), Cell(zip)), today);
            if (person is null)
            {
                Row(output, id, "NOHIT", null, null, null);
                continue;
            }

            foreach (var p in person.Phones)
            {
                Row(output, id, "PHONE", p.Score, p.FirstSeen, p.LastSeen, phone: p.Number, phoneType: p.Type);
            }

            foreach (var a in person.Addresses)
            {
                Row(output, id, "ADDRESS", a.Score, a.FirstSeen, a.LastSeen, address: a);
            }

            foreach (var e in person.Emails)
            {
                Row(output, id, "EMAIL", e.Score, e.FirstSeen, e.LastSeen, email: e.Address);
            }

            foreach (var w in person.Employers)
            {
                Row(output, id, "EMPLOYER", w.Score, w.FirstSeen, w.LastSeen, phone: w.Phone, employer: w.Name);
            }

            foreach (var i in person.Indicators)
            {
                Row(output, id, i.Kind.ToUpperInvariant(), null, i.Date, i.Date, detail: i.Detail);
            }
        }

        return output.ToString();
    }

    private static void Row(
        StringBuilder output, string id, string type, int? score, DateOnly? firstSeen, DateOnly? lastSeen, string? phone = null,
        string? phoneType = null, FoundAddress? address = null, string? email = null, string? employer = null, string? detail = null)
    {
        string[] cells =
        [
            id, type, score?.ToString(CultureInfo.InvariantCulture) ?? string.Empty, Day(firstSeen), Day(lastSeen), phone ?? string.Empty,
            phoneType ?? string.Empty, address?.Line1 ?? string.Empty, address?.Line2 ?? string.Empty, address?.City ?? string.Empty,
            address?.State ?? string.Empty, address?.Zip ?? string.Empty, email ?? string.Empty, employer ?? string.Empty, detail ?? string.Empty,
        ];
        output.AppendJoin(',', cells.Select(Csv.Quote)).Append('\n');
    }

    private static string Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty;
}

/// <summary>RFC 4180 fields: quoted when they hold a comma, quote or line break.</summary>
internal static class Csv
{
    public static string Quote(string value) =>
        value.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;

    public static string[] Split(string line)
    {
        var cells = new List<string>();
        var current = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    current.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    current.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                cells.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }

        cells.Add(current.ToString());
        return [.. cells];
    }
}
