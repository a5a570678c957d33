namespace DebtHub.Domain.Compliance.Location;

/// <summary>The state and local regimes with their own contact rules that the engine applies (RULES.md section 5).</summary>
[Flags]
public enum Jurisdiction
{
    None = 0,
    Massachusetts = 1,
    Washington = 2,
    NewYorkCity = 4,
    California = 8,
}
