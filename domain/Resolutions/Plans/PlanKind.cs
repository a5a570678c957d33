namespace DebtHub.Domain.Resolutions.Plans;

public enum PlanKind
{
    /// <summary>The whole balance in installments.</summary>
    Installments,

    /// <summary>Less than the balance accepted in full satisfaction: a lump sum (one installment) or a short plan.</summary>
    Settlement,
}
