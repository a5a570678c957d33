namespace DebtHub.Domain.Accounts;

public enum AccountType
{
    CreditCard,
    Medical,
    AutoDeficiency,
    Utility,
    Telecom,
    PersonalLoan,
    StudentLoan,
    Retail,
    BusinessInvoice,
    Other,
}
