namespace DebtHub.Domain.Compliance;

/// <summary>How a call is launched; TCPA consent depends on it (autodialed and prerecorded calls to wireless numbers).</summary>
public enum ContactMode
{
    /// <summary>A collector dials by hand (click-to-call from the account screen, a scheduled callback they place).</summary>
    ManualDial,

    /// <summary>The dialer presents the account; the collector decides to call.</summary>
    Preview,

    /// <summary>The dialer places one call per idle collector.</summary>
    Progressive,

    /// <summary>The dialer places more calls than idle collectors, paced to the abandon limit.</summary>
    Predictive,

    /// <summary>A prerecorded or artificial voice, voicemail drops included.</summary>
    Prerecorded,
}
