namespace DebtHub.Infrastructure.Security;

/// <summary>Keys come from configuration or the environment (Security__SsnEncryptionKey), never from the repository.</summary>
public sealed class SecurityOptions
{
    public const string Section = "Security";

    public string? SsnEncryptionKey { get; set; }

    public string? SsnHashKey { get; set; }
}
