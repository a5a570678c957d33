using DebtHub.Domain.SkipTracing;

namespace DebtHub.Infrastructure.SkipTracing.Vendor;

/// <summary>The permissible purposes as vendors take them: the statute's section.</summary>
internal static class PurposeCodes
{
    public static string? Of(FcraPurpose? purpose) => purpose switch
    {
        FcraPurpose.CollectionOfAccount => "FCRA 1681b(a)(3)(A)",
        _ => null,
    };

    public static string? Of(GlbaPurpose? purpose) => purpose switch
    {
        GlbaPurpose.EnforceTransaction => "GLBA 6802(e)(1)(A)",
        GlbaPurpose.FraudPrevention => "GLBA 6802(e)(3)(B)",
        GlbaPurpose.LegalCompliance => "GLBA 6802(e)(8)",
        _ => null,
    };

    public static string? Of(DppaPurpose? purpose) => purpose switch
    {
        DppaPurpose.DebtRecovery => "DPPA 2721(b)(3)(B)",
        DppaPurpose.CivilProceeding => "DPPA 2721(b)(4)",
        _ => null,
    };
}
