namespace DebtHub.Api.Security;

/// <summary>The <c>action</c> of audit entries the API writes for reads of personal data.</summary>
internal static class AuditActions
{
    /// <summary>A debtor's personal data (name, date of birth, contact points) was returned to a user.</summary>
    public const string ReadDebtor = "read-debtor";

    /// <summary>A debtor's full SSN was returned to a supervisor or admin.</summary>
    public const string RevealSsn = "reveal-ssn";
}
