namespace DebtHub.Api.Security;

/// <summary>The roles a DebtHub token carries in its <c>role</c> claim.</summary>
internal static class Roles
{
    public const string Collector = "collector";
    public const string Supervisor = "supervisor";
    public const string Admin = "admin";

    /// <summary>A creditor's or partner's system: places accounts and posts payments, never sees an SSN.</summary>
    public const string Integration = "integration";

    public static readonly string[] All = [Collector, Supervisor, Admin, Integration];
}
