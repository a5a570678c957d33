namespace DebtHub.Domain.Compliance;

/// <summary>The medium a contact uses; each has its own rules (Reg F counts calls, not texts, toward 7-in-7).</summary>
public enum ContactChannel
{
    Call,
    Text,
    Email,
    Letter,
}
