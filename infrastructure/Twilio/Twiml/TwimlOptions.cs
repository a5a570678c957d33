namespace DebtHub.Infrastructure.Twilio.Twiml;

internal enum TwimlMethod
{
    Post,
    Get,
}

[Flags]
internal enum GatherInput
{
    Dtmf = 1,
    Speech = 2,
}

/// <summary>Events a <c>&lt;Number&gt;</c> or <c>&lt;Client&gt;</c> leg reports to its status callback.</summary>
[Flags]
internal enum DialLegEvents
{
    None = 0,
    Initiated = 1,
    Ringing = 2,
    Answered = 4,
    Completed = 8,
}

internal sealed record SayOptions(string? Voice = null, string? Language = null, int? Loop = null);

internal sealed record GatherOptions
{
    public Uri? Action { get; init; }

    public TwimlMethod? Method { get; init; }

    public GatherInput? Input { get; init; }

    public int? Timeout { get; init; }

    public int? NumDigits { get; init; }

    public string? FinishOnKey { get; init; }

    public bool? ActionOnEmptyResult { get; init; }
}

internal sealed record RecordOptions
{
    public Uri? Action { get; init; }

    public TwimlMethod? Method { get; init; }

    public int? Timeout { get; init; }

    public int? MaxLength { get; init; }

    public string? FinishOnKey { get; init; }

    public bool? PlayBeep { get; init; }

    public Uri? RecordingStatusCallback { get; init; }
}

internal sealed record DialOptions
{
    public Uri? Action { get; init; }

    public TwimlMethod? Method { get; init; }

    public int? Timeout { get; init; }

    public string? CallerId { get; init; }

    public bool? AnswerOnBridge { get; init; }

    public int? TimeLimit { get; init; }
}

internal sealed record DialLegOptions
{
    public Uri? Url { get; init; }

    public Uri? StatusCallback { get; init; }

    public DialLegEvents StatusCallbackEvents { get; init; }
}

internal sealed record ConferenceOptions
{
    public bool? StartConferenceOnEnter { get; init; }

    public bool? EndConferenceOnExit { get; init; }

    public bool? Beep { get; init; }

    public Uri? WaitUrl { get; init; }

    public Uri? StatusCallback { get; init; }
}

internal sealed record EnqueueOptions
{
    public Uri? Action { get; init; }

    public Uri? WaitUrl { get; init; }

    public int? MaxQueueSize { get; init; }

    public string? WorkflowSid { get; init; }
}
