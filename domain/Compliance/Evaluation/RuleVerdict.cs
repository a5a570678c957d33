namespace DebtHub.Domain.Compliance.Evaluation;

/// <summary>A rule's answer at one instant. A struct, so that passing costs no allocation.</summary>
public readonly struct RuleVerdict
{
    private RuleVerdict(bool blocked, string? explanation, DateTimeOffset? allowedFrom)
    {
        Blocked = blocked;
        Explanation = explanation;
        AllowedFrom = allowedFrom;
    }

    public static RuleVerdict Pass => default;

    public bool Blocked { get; }

    public string? Explanation { get; }

    /// <summary>When the rule stops blocking given the same facts; null when only a person can lift it.</summary>
    public DateTimeOffset? AllowedFrom { get; }

    public static RuleVerdict BlockUntil(DateTimeOffset allowedFrom, string explanation) => new(true, explanation, allowedFrom);

    public static RuleVerdict BlockUntilPersonActs(string explanation) => new(true, explanation, null);
}
