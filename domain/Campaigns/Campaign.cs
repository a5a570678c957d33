using DebtHub.Domain.Common;

namespace DebtHub.Domain.Campaigns;

/// <summary>
/// An outbound calling campaign: which accounts (segment), how they are dialed (mode, pacing, hours, caller ID, AMD,
/// voicemail), how often (retry rules, maximum attempts) and in which order (priority). Every call it places still goes
/// through the compliance gate and the ledger; a campaign can only be stricter than the law. Changes are validated
/// whole before anything is set, so a refused change leaves the campaign as it was.
/// </summary>
public sealed class Campaign
{
    public const int NameMaxLength = 120;

    private Campaign()
    {
        Name = string.Empty;
        Segment = CampaignSegment.Everything;
        Hours = CallingHours.Lawful;
        CallerIds = new CallerIdPool([], false);
        Retry = RetryRules.Default;
        Voicemail = VoicemailPolicy.HangUp;
        Priority = PriorityOrder.Default;
        Pacing = PacingSettings.Default;
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; }

    public CampaignStatus Status { get; private set; }

    public DialMode Mode { get; private set; }

    public CampaignSegment Segment { get; private set; }

    public CallingHours Hours { get; private set; }

    public CallerIdPool CallerIds { get; private set; }

    public RetryRules Retry { get; private set; }

    public bool AnsweringMachineDetection { get; private set; }

    public VoicemailPolicy Voicemail { get; private set; }

    public PriorityOrder Priority { get; private set; }

    public PacingSettings Pacing { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public DateTimeOffset? StartedAt { get; private set; }

    public DateTimeOffset? StoppedAt { get; private set; }

    public uint Version { get; private set; }

    public static Campaign Create(string name, CampaignSettings settings, DateTimeOffset now)
    {
        var campaign = new Campaign { Id = Ids.New(now), Status = CampaignStatus.Draft, CreatedAt = now };
        campaign.Apply(name, settings, now);
        return campaign;
    }

    /// <summary>Changes the settings; a running campaign picks them up on its next pacing round.</summary>
    public void Update(string name, CampaignSettings settings, DateTimeOffset now)
    {
        if (Status == CampaignStatus.Stopped)
        {
            throw new DomainException("CAMPAIGN_STOPPED", "A stopped campaign cannot be changed; create a new one.");
        }

        Apply(name, settings, now);
    }

    public void Start(DateTimeOffset now)
    {
        switch (Status)
        {
            case CampaignStatus.Active:
                throw new DomainException("CAMPAIGN_ALREADY_ACTIVE", "The campaign is already running.");
            case CampaignStatus.Stopped:
                throw new DomainException("CAMPAIGN_STOPPED", "A stopped campaign cannot be started again; create a new one.");
        }

        if (Mode != DialMode.Preview && CallerIds.Numbers.Count == 0)
        {
            throw new DomainException("EMPTY_CALLER_ID_POOL", "A campaign needs at least one caller-ID number we own.");
        }

        Status = CampaignStatus.Active;
        StartedAt ??= now;
        UpdatedAt = now;
    }

    public void Pause(DateTimeOffset now)
    {
        if (Status != CampaignStatus.Active)
        {
            throw new DomainException("CAMPAIGN_NOT_ACTIVE", "Only a running campaign can be paused.");
        }

        Status = CampaignStatus.Paused;
        UpdatedAt = now;
    }

    public void Stop(DateTimeOffset now)
    {
        if (Status == CampaignStatus.Stopped)
        {
            throw new DomainException("CAMPAIGN_STOPPED", "The campaign is already stopped.");
        }

        Status = CampaignStatus.Stopped;
        StoppedAt = now;
        UpdatedAt = now;
    }

    private void Apply(string name, CampaignSettings settings, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var checkedName = Text.Required(name, "Campaign name", NameMaxLength);
        if (settings.Voicemail.LeaveMessage && !settings.AnsweringMachineDetection)
        {
            throw new DomainException(
                "VOICEMAIL_NEEDS_AMD",
                "Leaving a voicemail needs answering-machine detection: without it a message could be played to a person or cut off.");
        }

        Name = checkedName;
        Mode = settings.Mode;
        Segment = settings.Segment;
        Hours = settings.Hours;
        CallerIds = settings.CallerIds;
        Retry = settings.Retry;
        AnsweringMachineDetection = settings.AnsweringMachineDetection;
        Voicemail = settings.Voicemail;
        Priority = settings.Priority;
        Pacing = settings.Pacing;
        UpdatedAt = now;
    }
}

/// <summary>Everything a supervisor sets on a campaign, each part already checked by its own factory.</summary>
public sealed record CampaignSettings(
    DialMode Mode,
    CampaignSegment Segment,
    CallingHours Hours,
    CallerIdPool CallerIds,
    RetryRules Retry,
    bool AnsweringMachineDetection,
    VoicemailPolicy Voicemail,
    PriorityOrder Priority,
    PacingSettings Pacing);
