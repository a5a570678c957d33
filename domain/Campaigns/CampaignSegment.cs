using DebtHub.Domain.Common;

namespace DebtHub.Domain.Campaigns;

/// <summary>
/// Which accounts a campaign works: every condition given must hold (an empty list means "any"). Only accounts that are
/// open for collection are ever taken, whatever the filter says.
/// </summary>
public sealed record CampaignSegment(
    IReadOnlyList<Guid> CreditorIds,
    IReadOnlyList<Guid> PortfolioIds,
    IReadOnlyList<string> States,
    decimal? MinBalance,
    decimal? MaxBalance)
{
    public static CampaignSegment Everything { get; } = new([], [], [], null, null);

    public static CampaignSegment Of(
        IReadOnlyList<Guid>? creditorIds, IReadOnlyList<Guid>? portfolioIds, IReadOnlyList<string>? states, decimal? minBalance, decimal? maxBalance)
    {
        if (minBalance < 0 || maxBalance < 0)
        {
            throw new DomainException("INVALID_SEGMENT", "Balance bounds cannot be negative.");
        }

        if (minBalance > maxBalance)
        {
            throw new DomainException("INVALID_SEGMENT", "The minimum balance is above the maximum balance.");
        }

        var codes = (states ?? []).Select(s => s.Trim().ToUpperInvariant()).Distinct().ToList();
        var unknown = codes.FirstOrDefault(s => !UsState.IsValid(s));
        if (unknown is not null)
        {
            throw new DomainException("INVALID_SEGMENT", $"'{unknown}' is not a US state or territory code.");
        }

        return new([.. (creditorIds ?? []).Distinct()], [.. (portfolioIds ?? []).Distinct()], codes, minBalance, maxBalance);
    }
}
