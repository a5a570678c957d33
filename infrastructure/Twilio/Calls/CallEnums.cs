using System.Text.Json.Serialization;
using DebtHub.Infrastructure.Twilio.Rest;

namespace DebtHub.Infrastructure.Twilio.Calls;

/// <summary>A call's status (resource values plus the callback-only <c>initiated</c>); unknown values are kept.</summary>
[JsonConverter(typeof(TwilioStringEnumConverter<CallStatus>))]
public readonly record struct CallStatus(string Value) : ITwilioStringEnum<CallStatus>
{
    public static readonly CallStatus Queued = new("queued");
    public static readonly CallStatus Initiated = new("initiated");
    public static readonly CallStatus Ringing = new("ringing");
    public static readonly CallStatus InProgress = new("in-progress");
    public static readonly CallStatus Completed = new("completed");
    public static readonly CallStatus Busy = new("busy");
    public static readonly CallStatus Failed = new("failed");
    public static readonly CallStatus NoAnswer = new("no-answer");
    public static readonly CallStatus Canceled = new("canceled");

    public bool IsTerminal => this == Completed || this == Busy || this == Failed || this == NoAnswer || this == Canceled;

    public bool IsKnown => Rank >= 0;

    /// <summary>Position in the lifecycle queued → initiated → ringing → in-progress → final; -1 when unknown.</summary>
    public int Rank => Value switch
    {
        "queued" => 0,
        "initiated" => 1,
        "ringing" => 2,
        "in-progress" => 3,
        "completed" or "busy" or "failed" or "no-answer" or "canceled" => 4,
        _ => -1,
    };

    public static CallStatus FromValue(string value) => new(value);

    public override string ToString() => Value;
}

/// <summary>Answering machine detection result; <c>machine_end_*</c> values come with DetectMessageEnd.</summary>
[JsonConverter(typeof(TwilioStringEnumConverter<AnsweredBy>))]
public readonly record struct AnsweredBy(string Value) : ITwilioStringEnum<AnsweredBy>
{
    public static readonly AnsweredBy Human = new("human");
    public static readonly AnsweredBy MachineStart = new("machine_start");
    public static readonly AnsweredBy MachineEndBeep = new("machine_end_beep");
    public static readonly AnsweredBy MachineEndSilence = new("machine_end_silence");
    public static readonly AnsweredBy MachineEndOther = new("machine_end_other");
    public static readonly AnsweredBy Fax = new("fax");
    public static readonly AnsweredBy Unknown = new("unknown");

    public bool IsMachine => Value.StartsWith("machine_", StringComparison.Ordinal);

    public static AnsweredBy FromValue(string value) => new(value);

    public override string ToString() => Value;
}

[JsonConverter(typeof(TwilioStringEnumConverter<CallDirection>))]
public readonly record struct CallDirection(string Value) : ITwilioStringEnum<CallDirection>
{
    public static readonly CallDirection Inbound = new("inbound");
    public static readonly CallDirection OutboundApi = new("outbound-api");
    public static readonly CallDirection OutboundDial = new("outbound-dial");

    public static CallDirection FromValue(string value) => new(value);

    public override string ToString() => Value;
}

/// <summary>The progress events a status callback can be asked for (<c>StatusCallbackEvent</c>).</summary>
public enum CallProgressEvent
{
    Initiated,
    Ringing,
    Answered,
    Completed,
}

public enum MachineDetection
{
    /// <summary>Returns as soon as a human or machine is recognised.</summary>
    Enable,

    /// <summary>Waits for the greeting to end (the beep), for leaving a voicemail.</summary>
    DetectMessageEnd,
}
