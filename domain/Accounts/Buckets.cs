using DebtHub.Domain.Common;

namespace DebtHub.Domain.Accounts;

/// <summary>Amounts split into the balance buckets an account tracks. Positive raises what is owed.</summary>
public readonly record struct Buckets(decimal Principal, decimal Interest, decimal Fees)
{
    public static Buckets None => default;

    public decimal Total => Principal + Interest + Fees;

    public static Buckets operator +(Buckets a, Buckets b) => new(a.Principal + b.Principal, a.Interest + b.Interest, a.Fees + b.Fees);

    public static Buckets operator -(Buckets value) => new(-value.Principal, -value.Interest, -value.Fees);

    public decimal this[BalanceBucket bucket] => bucket switch
    {
        BalanceBucket.Principal => Principal,
        BalanceBucket.Interest => Interest,
        BalanceBucket.Fees => Fees,
        _ => throw new ArgumentOutOfRangeException(nameof(bucket)),
    };

    public Buckets With(BalanceBucket bucket, decimal amount) => bucket switch
    {
        BalanceBucket.Principal => this with { Principal = amount },
        BalanceBucket.Interest => this with { Interest = amount },
        BalanceBucket.Fees => this with { Fees = amount },
        _ => throw new ArgumentOutOfRangeException(nameof(bucket)),
    };

    /// <summary>
    /// Splits a payment over the outstanding buckets in the given order: each bucket is paid down to zero before the
    /// next is touched. The result is negative (it lowers the balance). A payment above the balance is refused.
    /// </summary>
    public static Buckets ApplyPayment(Buckets outstanding, decimal amount, IReadOnlyList<BalanceBucket> order)
    {
        if (amount <= 0m)
        {
            throw new DomainException("INVALID_AMOUNT", "A payment must be greater than zero.");
        }

        if (amount > outstanding.Total)
        {
            throw new DomainException("OVERPAYMENT", $"The payment of {amount:0.00} is more than the balance of {outstanding.Total:0.00}.");
        }

        var applied = None;
        var left = amount;
        foreach (var bucket in order)
        {
            var take = Math.Min(left, Math.Max(0m, outstanding[bucket]));
            applied = applied.With(bucket, -take);
            left -= take;
        }

        // A bucket driven negative by an adjustment can leave money unplaced: it goes to principal.
        return left == 0m ? applied : applied.With(BalanceBucket.Principal, applied.Principal - left);
    }
}

public enum BalanceBucket
{
    Principal,
    Interest,
    Fees,
}
