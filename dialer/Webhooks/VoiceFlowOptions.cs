namespace DebtHub.Dialer.Webhooks;

/// <summary>Section <c>Dialer:VoiceFlow</c>: what an answered debtor hears and where they go.</summary>
internal sealed class VoiceFlowOptions
{
    public const string SectionName = "Dialer:VoiceFlow";

    /// <summary>Spoken before a collector is connected (the debt-collector disclosure).</summary>
    public string Disclosure { get; set; } =
        "This is a call from a debt collector. This is an attempt to collect a debt, and any information obtained will be used for that purpose. Please hold for a representative.";

    /// <summary>Left on an answering machine: a limited-content message, which names no debt (12 CFR 1006.2(j)).</summary>
    public string VoicemailMessage { get; set; } =
        "This is a message for the person we are trying to reach. Please call us back at your earliest convenience. Thank you.";

    /// <summary>Debtors wait here when no collector is picked or the picked one does not answer.</summary>
    public string CollectorQueue { get; set; } = "collections";

    /// <summary>Seconds a collector's softphone rings before the debtor goes to the queue.</summary>
    public int CollectorRingSeconds { get; set; } = 20;
}
