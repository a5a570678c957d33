namespace DebtHub.Infrastructure.Seeding;

/// <summary>The small tables every account points at: creditors, their portfolios, teams and collectors.</summary>
internal sealed record SeedFoundation(
    IReadOnlyList<CreditorRow> Creditors,
    IReadOnlyList<PortfolioRow> Portfolios,
    IReadOnlyList<TeamRow> Teams,
    IReadOnlyList<CollectorRow> Collectors);
