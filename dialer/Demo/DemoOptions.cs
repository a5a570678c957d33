namespace DebtHub.Dialer.Demo;

/// <summary>Section <c>Dialer:Demo</c>: what <c>./debthub run</c> turns on against the Twilio sandbox. Off by default.</summary>
public sealed class DemoOptions
{
    public const string Section = "Dialer:Demo";

    public bool Enabled { get; set; }

    /// <summary>Collectors of the demo portfolio set available at start; their softphones are the sandbox's simulated answers.</summary>
    public int Collectors { get; set; } = 5;

    /// <summary>A simulated collector's wrap-up after a call, before they record its disposition and are available again.</summary>
    public int WrapUpSeconds { get; set; } = 8;

    /// <summary>Seeds the simulated collectors' mix of dispositions: the same seed, the same sequence.</summary>
    public int Seed { get; set; } = 8;
}
