using System.Text.Json.Serialization;

namespace DebtHub.SkipTraceSandbox;

/// <summary>The vendor's JSON wire format for one locate call (POST /v1/locate).</summary>
public sealed record LocateRequest(string? Reference, LocateSubject? Subject, LocatePurpose? PermissiblePurpose);

public sealed record LocateSubject(
    string? FirstName, string? MiddleName, string? LastName, string? Dob, string? Ssn, LocateAddress? Address, IReadOnlyList<string>? Phones);

public sealed record LocateAddress(string? Line1, string? Line2, string? City, string? State, string? Zip);

/// <summary>The permissible purposes the client holds, as codes (e.g. fcra: "1681b_a_3_A").</summary>
public sealed record LocatePurpose(string? Fcra, string? Glba, string? Dppa);

public sealed record LocateResponse(
    string? Reference,
    bool Match,
    decimal Charge,
    IReadOnlyList<FoundPhone> Phones,
    IReadOnlyList<FoundAddress> Addresses,
    IReadOnlyList<FoundEmail> Emails,
    IReadOnlyList<FoundEmployer> Employers,
    IReadOnlyList<FoundIndicator> Indicators);

public sealed record VendorError([property: JsonPropertyName("error")] string Code, string Message);
