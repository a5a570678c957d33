using DebtHub.Domain.Compliance.Evaluation;
using DebtHub.Domain.Compliance.Rules;

namespace DebtHub.Domain.Compliance;

/// <summary>
/// The rules the gate evaluates, in order: holds only a person can lift first (so a decision names them first), then
/// consent and opt-outs, then time of day, then frequency, then state overlays, then policy. Every rule is evaluated;
/// the order only orders the reasons.
/// </summary>
public sealed class RuleRegistry
{
    private readonly IContactRule[] _rules;

    internal RuleRegistry(IEnumerable<IContactRule> rules)
    {
        _rules = rules.ToArray();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var rule in _rules)
        {
            if (!ids.Add(rule.Id))
            {
                throw new ArgumentException($"Rule id {rule.Id} is registered twice.", nameof(rules));
            }
        }
    }

    /// <summary>Every rule DebtHub enforces, in evaluation order.</summary>
    public static RuleRegistry Default { get; } = new(
    [
        new AccountOnHoldOrClosed(),
        new DeceasedConsumer(),
        new BankruptcyStay(),
        new CeaseCommunication(),
        new AttorneyRepresentation(),
        new WrittenDisputePendingVerification(),
        new ValidationNoticeOverdue(),
        new DestinationOnFile(),
        new MediumOptOut(),
        new PlaceOfEmployment(),
        new TcpaWirelessConsent(),
        new CallingHoursInEveryZone(),
        new ConsumerInconvenientTimes(),
        new SevenCallsInSevenDaysPerDebt(),
        new SevenDaysAfterConversation(),
        new PrerecordedCallsToResidentialLine(),
        new MassachusettsCallLimits(),
        new WashingtonCallLimits(),
        new NewYorkCityShieldLimits(),
        new PolicyAttemptsPerNumberPerDay(),
        new PolicyMinimumSpacingOnNumber(),
        new PolicyVoicemailsPerWeek(),
    ]);

    public IReadOnlyList<IContactRule> Rules => _rules;
}
