using System.Globalization;

namespace DebtHub.Domain.Common;

/// <summary>An exact amount in an ISO 4217 currency. Arithmetic across currencies is refused.</summary>
public readonly record struct Money
{
    public Money(decimal amount, string currency)
    {
        Amount = amount;
        Currency = CurrencyCode.Normalize(currency);
    }

    public decimal Amount { get; }

    public string Currency { get; }

    public static Money Zero(string currency) => new(0m, currency);

    public bool IsZero => Amount == 0m;

    public bool IsPositive => Amount > 0m;

    public bool IsNegative => Amount < 0m;

    public static Money operator +(Money left, Money right) => new(left.Amount + SameCurrency(left, right).Amount, left.Currency);

    public static Money operator -(Money left, Money right) => new(left.Amount - SameCurrency(left, right).Amount, left.Currency);

    public static Money operator -(Money value) => new(-value.Amount, value.Currency);

    public static bool operator <(Money left, Money right) => left.Amount < SameCurrency(left, right).Amount;

    public static bool operator >(Money left, Money right) => left.Amount > SameCurrency(left, right).Amount;

    public static bool operator <=(Money left, Money right) => left.Amount <= SameCurrency(left, right).Amount;

    public static bool operator >=(Money left, Money right) => left.Amount >= SameCurrency(left, right).Amount;

    public Money Min(Money other) => this <= other ? this : other;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Amount:0.00##} {Currency}");

    private static Money SameCurrency(Money left, Money right) =>
        left.Currency == right.Currency
            ? right
            : throw new DomainException("CURRENCY_MISMATCH", $"Cannot combine {left.Currency} with {right.Currency}.");
}
