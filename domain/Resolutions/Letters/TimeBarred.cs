using DebtHub.Domain.Accounts;

namespace DebtHub.Domain.Resolutions.Letters;

/// <summary>
/// The disclosure a letter about a time-barred debt carries. Suing or threatening suit is prohibited (12 CFR 1006.26(b));
/// states require a disclosure in writing: New York's (23 NYCRR 1.3; payment does not revive the debt, CPLR 214-i),
/// California's (Civ. Code 1788.14(d)), and a plain statement elsewhere. Counsel signs off on the wording.
/// </summary>
public static class TimeBarred
{
    public static bool IsTimeBarred(Account account, DateOnly on) => account.StatuteOfLimitationsDate is { } sol && on > sol;

    /// <summary>The disclosure for the account's governing state, or null when the debt is not time-barred on <paramref name="on"/>.</summary>
    public static string? Disclosure(Account account, DateOnly on) => !IsTimeBarred(account, on) ? null : account.GoverningState switch
    {
        "NY" => "We are required by regulation of the New York State Department of Financial Services to notify you of the following "
                + "information. This information is NOT legal advice: Your creditor or debt collector believes that the legal time limit "
                + "(statute of limitations) for suing you to collect this debt has expired. It is a violation of the Fair Debt Collection "
                + "Practices Act, 15 U.S.C. § 1692 et seq., to sue to collect on a debt for which the statute of limitations has expired. "
                + "If a creditor sues you to collect on this debt, you may be able to prevent the creditor from obtaining a judgment "
                + "against you. To do so, you must tell the court that the statute of limitations has expired. Even if the statute of "
                + "limitations has expired, you may choose to make payments on the debt. Under New York law, making a payment does not "
                + "restart the time limit for suing you.",
        "CA" => "The law limits how long you can be sued on a debt. Because of the age of your debt, we will not sue you for it.",
        _ => "The law limits how long you can be sued on a debt. Because of the age of your debt, we will not sue you for it, "
             + "and we will not threaten to.",
    };
}
