using System.Text.Json;
using System.Text.RegularExpressions;

namespace DebtHub.TwilioSandbox.Simulation;

/// <summary>How a simulated callee behaves. Seconds are simulated time.</summary>
public sealed record CallScript
{
    /// <summary>answered, busy, no-answer or failed.</summary>
    public string Outcome { get; init; } = "answered";

    /// <summary>human, machine_start, machine_end_beep, machine_end_silence, fax or unknown (with MachineDetection).</summary>
    public string AnsweredBy { get; init; } = "human";

    public double RingSeconds { get; init; } = 3;

    public double AmdSeconds { get; init; } = 2;

    /// <summary>How long a collector who answers talks with the callee.</summary>
    public double TalkSeconds { get; init; } = 10;

    /// <summary>How long a simulated collector's softphone rings before they answer.</summary>
    public double CollectorAnswerSeconds { get; init; } = 1;

    /// <summary>
    /// Twilio refuses the create request with HTTP 400 and this error code (e.g. 21215, a number the account's geographic
    /// permissions do not allow): no call is created.
    /// </summary>
    public int? RejectCode { get; init; }

    /// <summary>The call is created, but the create request is answered with Twilio's HTTP 500 (error 20500).</summary>
    public bool FailAfterCreate { get; init; }

    /// <summary>The call is created, but the answer to the create request is held this many real seconds (a client timeout).</summary>
    public double AnswerDelaySeconds { get; init; }

    /// <summary>
    /// The call's status and AMD callbacks are lost on the way (the application never receives them, as when its instance
    /// is down); the answer URL and the Dial action are still fetched, and the REST API still shows the call as it is.
    /// </summary>
    public bool DropStatusCallbacks { get; init; }

    /// <summary>A <c>&lt;Dial&gt;</c>'s action request is lost too (the application went down while the call was connected); the call then ends.</summary>
    public bool DropDialActions { get; init; }
}

/// <summary>One rule: numbers matching <see cref="Pattern"/> ('*' any run, '?' one character) behave as scripted.</summary>
public sealed record CallRule
{
    public string Pattern { get; init; } = "*";

    public CallScript Script { get; init; } = new();
}

/// <summary>The rules file: the first matching rule wins; otherwise a weighted random mix, seeded for repeatability.</summary>
public sealed record RulesFile
{
    public IReadOnlyList<CallRule> Rules { get; init; } = [];

    /// <summary>Weights per outcome or AMD result, e.g. {"human":6,"machine_end_beep":2,"busy":1,"no-answer":1}.</summary>
    public IReadOnlyDictionary<string, double> Mix { get; init; } = new Dictionary<string, double>
    {
        ["human"] = 6,
        ["machine_end_beep"] = 2,
        ["machine_end_silence"] = 0.5,
        ["busy"] = 0.5,
        ["no-answer"] = 1,
    };

    public CallScript Defaults { get; init; } = new();
}

public sealed class CallScripts
{
    private static readonly JsonSerializerOptions _json = new(JsonSerializerDefaults.Web);
    private static readonly HashSet<string> _outcomes = ["busy", "no-answer", "failed"];
    private readonly RulesFile _rules;
    private readonly Random _random;
    private readonly Lock _gate = new();

    public CallScripts(RulesFile rules, int seed)
    {
        _rules = rules;
        _random = new Random(seed);
    }

    public static CallScripts Load(string? path, int seed) =>
        new(path is null ? new RulesFile() : JsonSerializer.Deserialize<RulesFile>(File.ReadAllText(path), _json) ?? new RulesFile(), seed);

    public CallScript For(string to)
    {
        foreach (var rule in _rules.Rules)
        {
            if (Matches(rule.Pattern, to))
            {
                return rule.Script;
            }
        }

        string pick;
        lock (_gate)
        {
            pick = Pick();
        }

        return _outcomes.Contains(pick) ? _rules.Defaults with { Outcome = pick } : _rules.Defaults with { Outcome = "answered", AnsweredBy = pick };
    }

    private string Pick()
    {
        var total = _rules.Mix.Values.Sum();
        var roll = _random.NextDouble() * total;
        foreach (var (name, weight) in _rules.Mix)
        {
            roll -= weight;
            if (roll < 0)
            {
                return name;
            }
        }

        return "human";
    }

    internal static bool Matches(string pattern, string value) =>
        Regex.IsMatch(value, "^" + Regex.Escape(pattern).Replace("\\*", ".*", StringComparison.Ordinal).Replace("\\?", ".", StringComparison.Ordinal) + "$");
}
