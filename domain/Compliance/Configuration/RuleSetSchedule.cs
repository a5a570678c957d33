namespace DebtHub.Domain.Compliance.Configuration;

/// <summary>
/// Every rule-set version with its effective date; the one in force at an instant is the latest that has started.
/// Construction validates the whole schedule, so an invalid configuration fails at start-up, not on the first call.
/// </summary>
public sealed class RuleSetSchedule
{
    private readonly RuleSet[] _versions;

    public RuleSetSchedule(IEnumerable<RuleSet> versions)
    {
        ArgumentNullException.ThrowIfNull(versions);
        var ordered = versions.OrderBy(v => v.EffectiveFrom).ToArray();
        var errors = RuleSetValidator.Validate(ordered);
        if (errors.Count > 0)
        {
            throw new InvalidRuleSetException(errors);
        }

        _versions = ordered;
    }

    public IReadOnlyList<RuleSet> Versions => _versions;

    public static RuleSetSchedule Single(RuleSet ruleSet) => new([ruleSet]);

    /// <summary>The version in force at the instant, or null before the first version starts.</summary>
    public RuleSet? InForceAt(DateTimeOffset instant)
    {
        RuleSet? current = null;
        for (var i = 0; i < _versions.Length; i++)
        {
            if (_versions[i].EffectiveFrom > instant)
            {
                break;
            }

            current = _versions[i];
        }

        return current;
    }
}

/// <summary>A rule-set configuration that cannot be used; the message lists every problem found.</summary>
public sealed class InvalidRuleSetException : Exception
{
    public InvalidRuleSetException(IReadOnlyList<string> errors)
        : base("The compliance rule-set configuration is invalid: " + string.Join(" ", errors))
    {
        Errors = errors;
    }

    public InvalidRuleSetException()
        : this([])
    {
    }

    public InvalidRuleSetException(string message)
        : base(message)
    {
        Errors = [message];
    }

    public InvalidRuleSetException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [message];
    }

    public IReadOnlyList<string> Errors { get; } = [];
}
