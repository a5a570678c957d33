using DebtHub.Domain.Common;
using DebtHub.Domain.Compliance.Facts;

namespace DebtHub.Domain.Creditors;

/// <summary>A client that places accounts with us, and the rules it sets for them.</summary>
public sealed class Creditor
{
    private Creditor()
    {
        Name = string.Empty;
        Rules = CreditorRules.Default;
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; }

    public CreditorRegime Regime { get; private set; }

    public CreditorRules Rules { get; private set; }

    /// <summary>Contact limits the creditor sets on top of the law (RULES.md FREQ-PATTERN); null when it sets none.</summary>
    public ContactPolicy? ContactPolicy { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public static Creditor Create(string name, CreditorRegime regime, CreditorRules rules, DateTimeOffset now) => new()
    {
        Id = Ids.New(now),
        Name = Text.Required(name, "Creditor name", 200),
        Regime = regime,
        Rules = rules,
        CreatedAt = now,
    };

    public void ChangeRules(CreditorRules rules) => Rules = rules;

    public void ChangeContactPolicy(ContactPolicy? policy)
    {
        if (policy is { MaxAttemptsPerNumberPerDay: < 1 } or { MaxVoicemailsPerWeek: < 0 } || policy?.MinSpacingOnOneNumber < TimeSpan.Zero)
        {
            throw new DomainException("INVALID_POLICY", "Contact limits must allow at least one attempt a day and cannot be negative.");
        }

        ContactPolicy = policy is { MaxAttemptsPerNumberPerDay: null, MinSpacingOnOneNumber: null, MaxVoicemailsPerWeek: null } ? null : policy;
    }

    public Portfolio PlacePortfolio(string name, DateOnly placedOn, DateTimeOffset now) =>
        Portfolio.Create(Id, name, placedOn, now);
}
