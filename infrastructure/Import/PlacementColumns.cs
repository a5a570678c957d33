namespace DebtHub.Infrastructure.Import;

/// <summary>The columns of a placement file (docs/import.md). Headers are matched case-insensitively; order is free.</summary>
internal static class PlacementColumns
{
    public const string AccountNumber = "account_number";
    public const string AccountType = "account_type";
    public const string OriginalCreditor = "original_creditor";
    public const string Principal = "principal";
    public const string Interest = "interest";
    public const string Fees = "fees";
    public const string Currency = "currency";
    public const string ItemizationDate = "itemization_date";
    public const string ChargeOffDate = "charge_off_date";
    public const string DelinquencyDate = "delinquency_date";
    public const string LastPaymentDate = "last_payment_date";
    public const string StatuteOfLimitationsDate = "statute_of_limitations_date";
    public const string GoverningState = "governing_state";
    public const string DebtorType = "debtor_type";
    public const string FirstName = "first_name";
    public const string MiddleName = "middle_name";
    public const string LastName = "last_name";
    public const string BusinessName = "business_name";
    public const string DateOfBirth = "date_of_birth";
    public const string Ssn = "ssn";
    public const string Language = "language";
    public const string AddressLine1 = "address_line1";
    public const string AddressLine2 = "address_line2";
    public const string City = "city";
    public const string State = "state";
    public const string Zip = "zip";
    public const string Phone1 = "phone1";
    public const string Phone1Type = "phone1_type";
    public const string Phone1ConsentDate = "phone1_consent_date";
    public const string Phone2 = "phone2";
    public const string Phone2Type = "phone2_type";
    public const string Phone2ConsentDate = "phone2_consent_date";
    public const string Email = "email";

    /// <summary>Columns a file must have in its header (a row may still leave some of them empty where allowed).</summary>
    public static readonly string[] Required =
    [
        AccountNumber, AccountType, OriginalCreditor, Principal, ItemizationDate, FirstName, LastName, AddressLine1,
        City, State, Zip,
    ];

    public static readonly string[] All =
    [
        AccountNumber, AccountType, OriginalCreditor, Principal, Interest, Fees, Currency, ItemizationDate, ChargeOffDate,
        DelinquencyDate, LastPaymentDate, StatuteOfLimitationsDate, GoverningState, DebtorType, FirstName, MiddleName,
        LastName, BusinessName, DateOfBirth, Ssn, Language, AddressLine1, AddressLine2, City, State, Zip, Phone1,
        Phone1Type, Phone1ConsentDate, Phone2, Phone2Type, Phone2ConsentDate, Email,
    ];
}
