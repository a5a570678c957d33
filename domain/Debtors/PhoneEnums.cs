namespace DebtHub.Domain.Debtors;

/// <summary>The line type decides TCPA treatment: wireless numbers need consent for autodialed or prerecorded calls.</summary>
public enum LineType
{
    Unknown,
    Mobile,
    Landline,
    Voip,
}

public enum PhoneStatus
{
    Unverified,
    Valid,
    WrongNumber,
    Disconnected,
}

/// <summary>What a TCPA consent covers (47 USC 227(b)(1)(A)(iii)): autodialed calls, prerecorded voice, or texts.</summary>
public enum ConsentScope
{
    AutodialedCalls,
    PrerecordedVoice,
    TextMessages,
}
