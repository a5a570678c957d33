using System.Security.Cryptography;

namespace DebtHub.TwilioSandbox.Simulation;

/// <summary>What the REST request asked for.</summary>
public sealed record CallRequest(
    string To,
    string From,
    Uri? Url,
    string Method,
    string? Twiml,
    Uri? StatusCallback,
    IReadOnlySet<string> StatusCallbackEvents,
    string? MachineDetection,
    bool AsyncAmd,
    Uri? AsyncAmdStatusCallback,
    int Timeout,
    string? ParentCallSid = null);

/// <summary>One simulated call; state changes under <see cref="Gate"/>.</summary>
public sealed class SandboxCall(string sid, CallRequest request, DateTimeOffset created, double queueSeconds, CallScript script)
{
    public Lock Gate { get; } = new();

    public string Sid { get; } = sid;

    public CallRequest Request { get; } = request;

    public DateTimeOffset DateCreated { get; } = created;

    public DateTimeOffset DateUpdated { get; set; } = created;

    public double QueueSeconds { get; } = queueSeconds;

    /// <summary>How the callee behaves, chosen when the call is created.</summary>
    public CallScript Script { get; } = script;

    public string Status { get; set; } = "queued";

    public DateTimeOffset? StartTime { get; set; }

    public DateTimeOffset? EndTime { get; set; }

    public DateTimeOffset? AnsweredAt { get; set; }

    public string? AnsweredBy { get; set; }

    public int NextSequenceNumber { get; set; }

    /// <summary>Ends the whole simulation (hang-up through REST).</summary>
    public CancellationTokenSource Lifetime { get; } = new();

    /// <summary>Interrupts the TwiML being executed when REST redirects the call.</summary>
    public CancellationTokenSource? CurrentDocument { get; set; }

    /// <summary>Instructions from a REST redirect (a URL or inline TwiML) waiting to replace the current ones.</summary>
    public (Uri? Url, string? Twiml)? PendingRedirect { get; set; }

    /// <summary>The final status a REST update asked for (completed or canceled).</summary>
    public string? RequestedEnd { get; set; }

    /// <summary>What happened, in order, for tests and people watching the sandbox (not part of Twilio's API).</summary>
    public List<string> Timeline { get; } = [];

    /// <summary>Seconds from answer to end (0 if never answered), Twilio's <c>duration</c>.</summary>
    public int DurationSeconds => AnsweredAt is { } answered && EndTime is { } end ? (int)Math.Round((end - answered).TotalSeconds) : 0;

    public bool IsTerminal => Status is "completed" or "busy" or "failed" or "no-answer" or "canceled";

    public static string NewSid(string prefix) => prefix + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
}
