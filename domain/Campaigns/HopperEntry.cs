namespace DebtHub.Domain.Campaigns;

/// <summary>
/// One account in one campaign's hopper: when it may next be looked at, how often it was dialed, and — while it waits —
/// which rules of the compliance gate (or the campaign) held it back, so "why is my hopper empty?" has an answer. The
/// dialer claims entries with <c>FOR UPDATE SKIP LOCKED</c> and holds a short lease while it asks the gate.
/// </summary>
public sealed class HopperEntry
{
    private HopperEntry() => BlockedBy = [];

    public Guid CampaignId { get; private set; }

    public Guid AccountId { get; private set; }

    /// <summary>The account is not looked at before this instant (no busy loops over blocked accounts).</summary>
    public DateTimeOffset NextEligibleAt { get; private set; }

    public int Attempts { get; private set; }

    public Guid? LastAttemptId { get; private set; }

    public DateTimeOffset? LastAttemptAt { get; private set; }

    public DialOutcome? LastOutcome { get; private set; }

    /// <summary>The rule ids that blocked the last look (empty when it was dialed or never looked at).</summary>
    public string[] BlockedBy { get; private set; }

    /// <summary>The dialer instance holding the entry while it asks the gate and dials, until <see cref="ClaimedUntil"/>.</summary>
    public string? ClaimedBy { get; private set; }

    public DateTimeOffset? ClaimedUntil { get; private set; }

    /// <summary>The campaign is done with the account: maximum attempts reached, or the account left the segment.</summary>
    public bool Finished { get; private set; }

    public DateTimeOffset AddedAt { get; private set; }
}
