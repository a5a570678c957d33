namespace DebtHub.Infrastructure.Twilio.Calls;

/// <summary>What to dial and how; <see cref="To"/> must be the destination the compliance permit covers.</summary>
public sealed record OutboundCall(string To, string From, Uri AnswerUrl)
{
    public Uri? StatusCallback { get; init; }

    public IReadOnlyList<CallProgressEvent> StatusCallbackEvents { get; init; } = [];

    public MachineDetection? MachineDetection { get; init; }

    /// <summary>With a callback URL, AMD runs asynchronously: the answer URL is fetched at once, the result posted here.</summary>
    public Uri? AsyncAmdStatusCallback { get; init; }

    /// <summary>Seconds to let the phone ring (Twilio's default 60, max 600).</summary>
    public int? Timeout { get; init; }

    /// <summary>Maximum call length in seconds.</summary>
    public int? TimeLimit { get; init; }

    public bool? Record { get; init; }
}

/// <summary>Filters for listing calls; all optional.</summary>
public sealed record CallListFilter
{
    public string? To { get; init; }

    public string? From { get; init; }

    public CallStatus? Status { get; init; }

    public string? ParentCallSid { get; init; }

    /// <summary>Page size, 1–1000 (Twilio's default 50).</summary>
    public int? PageSize { get; init; }
}
