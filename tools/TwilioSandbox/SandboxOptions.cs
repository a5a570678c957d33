namespace DebtHub.TwilioSandbox;

/// <summary>Section <c>Sandbox</c>. The credentials are made-up test values, not secrets.</summary>
public sealed class SandboxOptions
{
    public const string SectionName = "Sandbox";

    public string AccountSid { get; set; } = "AC00000000000000000000000000000000";

    /// <summary>Authenticates REST requests and signs every callback, as Twilio's account Auth Token does.</summary>
    public string AuthToken { get; set; } = "sandbox-auth-token";

    public string? ApiKeySid { get; set; }

    public string? ApiKeySecret { get; set; }

    /// <summary>Calls started per second; calls beyond it wait in <c>queued</c>, as with Twilio's account CPS.</summary>
    public double CallsPerSecond { get; set; } = 1;

    /// <summary>How much faster than real time the simulated world runs (10 = a 30 s call lasts 3 s).</summary>
    public double TimeScale { get; set; } = 1;

    /// <summary>A JSON rules file (number patterns → outcome, delays); without one, outcomes come from a seeded mix.</summary>
    public string? RulesFile { get; set; }

    public int Seed { get; set; } = 42;
}
