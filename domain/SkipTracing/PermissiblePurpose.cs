using DebtHub.Domain.Common;

namespace DebtHub.Domain.SkipTracing;

/// <summary>FCRA permissible purposes a collector may hold for a consumer report used to locate a debtor.</summary>
public enum FcraPurpose
{
    /// <summary>15 USC 1681b(a)(3)(A): "review or collection of an account of the consumer".</summary>
    CollectionOfAccount,
}

/// <summary>GLBA exceptions that let a vendor disclose nonpublic personal information (15 USC 6802(e)).</summary>
public enum GlbaPurpose
{
    /// <summary>15 USC 6802(e)(1)(A): to effect, administer or enforce a transaction the consumer requested or authorized.</summary>
    EnforceTransaction,

    /// <summary>15 USC 6802(e)(3)(B): to protect against or prevent actual or potential fraud.</summary>
    FraudPrevention,

    /// <summary>15 USC 6802(e)(8): to comply with federal, state or local law.</summary>
    LegalCompliance,
}

/// <summary>DPPA permitted uses of motor-vehicle record data (18 USC 2721(b)).</summary>
public enum DppaPurpose
{
    /// <summary>18 USC 2721(b)(3)(B): to recover on a debt against the individual, when the information submitted is not correct.</summary>
    DebtRecovery,

    /// <summary>18 USC 2721(b)(4): in connection with a civil proceeding, including service of process.</summary>
    CivilProceeding,
}

/// <summary>
/// Why a lookup is lawful, recorded with every lookup and sent to the vendor: the FCRA purpose for consumer-report
/// data, the GLBA exception for financial-institution data, the DPPA use for motor-vehicle data. At least one is
/// required; a lookup without one is refused before any provider is asked.
/// </summary>
public sealed record PermissiblePurpose(FcraPurpose? Fcra, GlbaPurpose? Glba, DppaPurpose? Dppa)
{
    public static PermissiblePurpose Require(FcraPurpose? fcra, GlbaPurpose? glba, DppaPurpose? dppa) =>
        fcra is null && glba is null && dppa is null
            ? throw new DomainException(
                "PERMISSIBLE_PURPOSE_REQUIRED",
                "A skip-trace lookup needs a permissible purpose (FCRA 15 USC 1681b, GLBA 15 USC 6802(e) or DPPA 18 USC 2721(b)); nothing was looked up.")
            : new PermissiblePurpose(fcra, glba, dppa);
}
