namespace DebtHub.GraphQL.Tests.Data.Model;

public enum CustomerStatus
{
    Active,
    OnHold,
    Closed,
}

public enum PhoneKind
{
    Mobile,
    Landline,
}

/// <summary>A debtor-like aggregate with private setters, an owned collection and a nullable column.</summary>
public sealed class Customer
{
    private readonly List<Phone> _phones = [];

    private Customer()
    {
        Name = "";
    }

    public Customer(Guid id, string name, string? email, CustomerStatus status, DateTimeOffset createdAt)
    {
        Id = id;
        Name = name;
        Email = email;
        Status = status;
        CreatedAt = createdAt;
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; }

    public string? Email { get; private set; }

    public CustomerStatus Status { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public IReadOnlyList<Phone> Phones => _phones;

    public void AddPhone(Guid id, string number, PhoneKind kind) => _phones.Add(new Phone(id, Id, number, kind));
}

public sealed class Phone
{
    private Phone()
    {
        Number = "";
    }

    public Phone(Guid id, Guid customerId, string number, PhoneKind kind)
    {
        Id = id;
        CustomerId = customerId;
        Number = number;
        Kind = kind;
    }

    public Guid Id { get; private set; }

    public Guid CustomerId { get; private set; }

    public string Number { get; private set; }

    public PhoneKind Kind { get; private set; }

    /// <summary>A reference navigation (EF fills it), unlike Loan's bare foreign key.</summary>
    public Customer? Owner { get; private set; }
}

/// <summary>An account-like entity that knows its customer only by foreign key (no navigation), like DebtHub's.</summary>
public sealed class Loan
{
    private Loan()
    {
        Reference = "";
    }

    public Loan(Guid id, Guid customerId, string reference, decimal principal, decimal interest, int daysLate)
    {
        Id = id;
        CustomerId = customerId;
        Reference = reference;
        Principal = principal;
        Interest = interest;
        DaysLate = daysLate;
    }

    public Guid Id { get; private set; }

    public Guid CustomerId { get; private set; }

    public string Reference { get; private set; }

    public decimal Principal { get; private set; }

    public decimal Interest { get; private set; }

    public int DaysLate { get; private set; }
}

/// <summary>A value object the GraphQL schema shows as an object type of its own.</summary>
public sealed record Money(decimal Amount, string Currency);
