namespace DebtHub.Domain.Compliance.Evaluation;

/// <summary>
/// One compliance rule: a pure function of the facts, the rule set and an instant. It does no I/O and never reads a
/// clock; the instant may differ from the request's when the gate searches for the next allowed instant.
/// </summary>
public interface IContactRule
{
    /// <summary>The RULES.md id, e.g. FREQ-7IN7.</summary>
    string Id { get; }

    /// <summary>The clause it enforces, e.g. 12 CFR 1006.14(b)(2)(i)(A).</summary>
    string Citation { get; }

    RuleVerdict Evaluate(ContactContext context, DateTimeOffset at);
}
