namespace DebtHub.SkipTraceSandbox;

public sealed class SandboxOptions
{
    public const string Section = "Sandbox";

    /// <summary>The key clients send as <c>Authorization: Bearer ...</c>; from configuration, never the repository.</summary>
    public string? ApiKey { get; set; }

    /// <summary>What the sandbox says it charged per locate call (clients keep their own price).</summary>
    public decimal ChargePerLookup { get; set; } = 0.25m;

    /// <summary>Requests per second above which it answers 429, like a vendor's throttle; 0 for no limit.</summary>
    public int MaxRequestsPerSecond { get; set; }
}
