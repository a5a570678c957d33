using DebtHub.Domain.Common;

namespace DebtHub.Domain.Campaigns;

/// <summary>
/// Limits of predictive pacing: the abandon rate the governor aims below (never above the 3% of live-answered calls per
/// campaign over 30 days of 47 CFR 64.1200(a)(7)), and the most lines per idle collector.
/// </summary>
public sealed record PacingSettings(decimal TargetAbandonRate, decimal MaxDialRatio)
{
    public const decimal LegalAbandonCap = 0.03m;

    public static PacingSettings Default { get; } = new(0.02m, 3m);

    public static PacingSettings Of(decimal? targetAbandonRate, decimal? maxDialRatio)
    {
        var target = targetAbandonRate ?? Default.TargetAbandonRate;
        var ratio = maxDialRatio ?? Default.MaxDialRatio;
        if (target <= 0 || target > LegalAbandonCap)
        {
            throw new DomainException("ABANDON_TARGET_ABOVE_CAP", "The target abandon rate must be above 0 and at most 3% of live-answered calls (47 CFR 64.1200(a)(7)).");
        }

        if (ratio is < 1 or > 5)
        {
            throw new DomainException("INVALID_DIAL_RATIO", "The maximum dial ratio must be between 1 and 5 lines per idle collector.");
        }

        return new PacingSettings(target, ratio);
    }
}
