namespace DebtHub.Domain.Accounts;

public enum TransactionKind
{
    /// <summary>The balance placed with us (principal at the itemization date).</summary>
    Charge,
    Interest,
    Fee,
    Payment,

    /// <summary>A supervisor's correction, signed per bucket, with a reason.</summary>
    Adjustment,

    /// <summary>A payment that did not clear (NSF, chargeback): the exact negation of that payment.</summary>
    Reversal,

    /// <summary>Money given back to the debtor out of a payment.</summary>
    Refund,
}
