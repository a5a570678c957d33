using DebtHub.Domain.Debtors;
using DebtHub.Domain.SkipTracing;

namespace DebtHub.Infrastructure.SkipTracing.Vendor;

/// <summary>Turns the vendor's words into candidates and indicators (shared by the JSON API and the batch file).</summary>
internal static class VendorFindings
{
    public static LineType LineTypeOf(string? type) => type?.Trim().ToLowerInvariant() switch
    {
        "mobile" or "wireless" or "cell" => LineType.Mobile,
        "landline" or "residential" => LineType.Landline,
        "voip" => LineType.Voip,
        _ => LineType.Unknown,
    };

    public static IndicatorKind? IndicatorOf(string? kind) => kind?.Trim().ToLowerInvariant() switch
    {
        "deceased" => IndicatorKind.Deceased,
        "bankruptcy" => IndicatorKind.Bankruptcy,
        "litigious" => IndicatorKind.Litigious,
        _ => null,
    };

    public static (List<CandidateData> Candidates, List<IndicatorData> Indicators) From(VendorLocateResponse response)
    {
        var candidates = new List<CandidateData>();
        candidates.AddRange((response.Phones ?? []).Select(p =>
            new CandidateData(CandidateKind.Phone, p.Score, p.FirstSeen, p.LastSeen, Phone: p.Number, LineType: LineTypeOf(p.Type))));
        candidates.AddRange((response.Addresses ?? []).Select(a =>
            new CandidateData(CandidateKind.Address, a.Score, a.FirstSeen, a.LastSeen, Line1: a.Line1, Line2: a.Line2, City: a.City, State: a.State, Zip: a.Zip)));
        candidates.AddRange((response.Emails ?? []).Select(e =>
            new CandidateData(CandidateKind.Email, e.Score, e.FirstSeen, e.LastSeen, Email: e.Address)));
        candidates.AddRange((response.Employers ?? []).Select(w =>
            new CandidateData(CandidateKind.Employer, w.Score, w.FirstSeen, w.LastSeen, Phone: w.Phone, EmployerName: w.Name)));
        var indicators = (response.Indicators ?? [])
            .Select(i => IndicatorOf(i.Kind) is { } kind ? new IndicatorData(kind, 100, i.Date, i.Detail) : null)
            .OfType<IndicatorData>()
            .ToList();
        return (candidates, indicators);
    }
}
