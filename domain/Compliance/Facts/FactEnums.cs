namespace DebtHub.Domain.Compliance.Facts;

/// <summary>Who collects: Reg F binds third-party collectors (agencies, debt buyers), not first-party creditors.</summary>
public enum CollectionRegime
{
    ThirdParty,
    FirstParty,
}

/// <summary>What the number is, as a carrier lookup reports it; TCPA treats wireless numbers differently.</summary>
public enum LineType
{
    Unknown,
    Wireless,
    Landline,
    Voip,
}

/// <summary>What the consumer uses the number for; Massachusetts limits home and cell numbers differently from others.</summary>
public enum PhoneUse
{
    Home,
    Mobile,
    Work,
    Other,
}

/// <summary>How an attempt ended, as far as frequency counting cares.</summary>
public enum AttemptOutcome
{
    /// <summary>Someone (or something) picked up; the disposition says whether a conversation took place.</summary>
    Answered,
    NoAnswer,
    Voicemail,

    /// <summary>Busy, network failure, invalid number: not connected to the dialed number (12 CFR 1006.14(b)(3)(ii)).</summary>
    NotConnected,

    /// <summary>A text or email that was accepted for delivery; a letter that was mailed.</summary>
    Sent,
}

/// <summary>Why a recorded attempt does not count toward the Reg F call frequency, as recorded when it was placed.</summary>
public enum FrequencyExclusion
{
    None,
    NotConnected,
    DirectConsent,

    /// <summary>A call to the consumer's attorney, a consumer reporting agency or the creditor (1006.14(b)(3)(iii)).</summary>
    NotToConsumer,
}

/// <summary>The dispute state of a debt (12 CFR 1006.38).</summary>
public enum DisputeStatus
{
    None,
    Oral,
    WrittenTimelyPendingVerification,
    Verified,
}

/// <summary>Whether the account may be worked at all, before any contact rule.</summary>
public enum DebtStatus
{
    Active,
    Closed,
    Recalled,
    PaidInFull,
}

/// <summary>What a contact is for; a few required notices may reach a consumer whose debt is otherwise on hold.</summary>
public enum ContactPurpose
{
    Collection,

    /// <summary>A letter the law requires or allows despite a cease or a dispute (verification, the three 1006.6(c) notices).</summary>
    RequiredNotice,
}
