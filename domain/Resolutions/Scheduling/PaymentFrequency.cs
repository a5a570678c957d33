namespace DebtHub.Domain.Resolutions.Scheduling;

public enum PaymentFrequency
{
    Weekly,
    Biweekly,

    /// <summary>Same day of the month as the first payment; the 29th–31st fall on the last day of shorter months.</summary>
    Monthly,
}
