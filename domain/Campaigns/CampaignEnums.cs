namespace DebtHub.Domain.Campaigns;

/// <summary>Draft until started; a paused campaign keeps its hopper; a stopped one never dials again.</summary>
public enum CampaignStatus
{
    Draft,
    Active,
    Paused,
    Stopped,
}

/// <summary>How the dialer decides how many calls to place.</summary>
public enum DialMode
{
    /// <summary>A collector asks for the next account, reads it, and clicks to call.</summary>
    Preview,

    /// <summary>One line per idle collector: no call is ever abandoned for want of a collector.</summary>
    Progressive,

    /// <summary>More lines than idle collectors, from the measured answer rate and handle time, under the abandon cap.</summary>
    Predictive,
}

/// <summary>How a dialed call ended, as far as retrying it is concerned.</summary>
public enum DialOutcome
{
    Busy,
    NoAnswer,
    Machine,
    Failed,

    /// <summary>A live answer no collector took in time.</summary>
    Abandoned,

    /// <summary>A person answered and spoke with a collector.</summary>
    Answered,
}

/// <summary>What the hopper sorts eligible accounts by.</summary>
public enum PriorityKey
{
    Balance,

    /// <summary>Days since the account was placed with us.</summary>
    Age,
    LastPayment,

    /// <summary>The earliest promised payment that is due.</summary>
    PromiseDue,
}
