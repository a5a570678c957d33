namespace DebtHub.Domain.Debtors;

public enum DebtorKind
{
    Person,
    Business,
}
