namespace DebtHub.Infrastructure.SkipTracing.Vendor;

// The vendor's JSON locate format (camelCase on the wire); tools/SkipTraceSandbox serves the same one.

internal sealed record VendorLocateRequest(string Reference, VendorSubject Subject, VendorPurpose PermissiblePurpose);

internal sealed record VendorSubject(
    string? FirstName, string? MiddleName, string? LastName, string? Dob, string? Ssn, VendorAddress? Address, IReadOnlyList<string> Phones);

internal sealed record VendorAddress(string? Line1, string? Line2, string? City, string? State, string? Zip);

internal sealed record VendorPurpose(string? Fcra, string? Glba, string? Dppa);

internal sealed record VendorLocateResponse(
    string? Reference,
    bool Match,
    IReadOnlyList<VendorPhone>? Phones,
    IReadOnlyList<VendorFoundAddress>? Addresses,
    IReadOnlyList<VendorEmail>? Emails,
    IReadOnlyList<VendorEmployer>? Employers,
    IReadOnlyList<VendorIndicator>? Indicators);

internal sealed record VendorPhone(string? Number, string? Type, int Score, DateOnly? FirstSeen, DateOnly? LastSeen);

internal sealed record VendorFoundAddress(string? Line1, string? Line2, string? City, string? State, string? Zip, int Score, DateOnly? FirstSeen, DateOnly? LastSeen);

internal sealed record VendorEmail(string? Address, int Score, DateOnly? FirstSeen, DateOnly? LastSeen);

internal sealed record VendorEmployer(string? Name, string? Phone, int Score, DateOnly? FirstSeen, DateOnly? LastSeen);

internal sealed record VendorIndicator(string? Kind, DateOnly? Date, string? Detail);
