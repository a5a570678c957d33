namespace DebtHub.Domain.Compliance.Facts;

/// <summary>The client a debt is collected for.</summary>
/// <param name="FollowsRegulationFAsFirstParty">
/// A first-party creditor that applies Reg F limits as policy (California's Rosenthal Act imports them anyway).
/// </param>
public sealed record CreditorFacts(Guid Id, CollectionRegime Regime, ContactPolicy? Policy = null, bool FollowsRegulationFAsFirstParty = true);

/// <summary>
/// Policy limits on top of the law (RULES.md FREQ-PATTERN). Null means "no limit of this kind from this source"; when
/// the creditor and the campaign both set one, the stricter wins.
/// </summary>
public sealed record ContactPolicy(
    int? MaxAttemptsPerNumberPerDay = null,
    TimeSpan? MinSpacingOnOneNumber = null,
    int? MaxVoicemailsPerWeek = null);
