using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace DebtHub.Dialer.Webhooks;

/// <summary>Section <c>Dialer:VoiceFlow</c>: what an answered debtor hears before a collector, or instead of one.</summary>
internal sealed class VoiceFlowOptions
{
    public const string SectionName = "Dialer:VoiceFlow";

    /// <summary>Left on an answering machine: a limited-content message, which names no debt (12 CFR 1006.2(j)).</summary>
    public string VoicemailMessage { get; set; } =
        "This is a message for the person we are trying to reach. Please call us back at your earliest convenience. Thank you.";

    /// <summary>
    /// Played when a person answers and no collector is free, then the call hangs up. Whoever answered may not be the
    /// debtor, so it identifies the caller and asks for a call back and says nothing of a debt (12 CFR 1006.6(d);
    /// 1006.14(g) meaningful identification; the TCPA abandoned-call message of 47 CFR 64.1200(a)(7)(i)).
    /// </summary>
    public string AbandonMessage { get; set; } =
        "Hello, this is Northgate Account Services calling. Please call us back at 1 800 555 0100. Thank you, goodbye.";

    /// <summary>Seconds a collector's softphone rings before the call counts as abandoned and the collector goes offline.</summary>
    public int CollectorRingSeconds { get; set; } = 10;

    /// <summary>
    /// Longest wrap-up: after it, a collector who has not recorded the outcome (nor gone available) is routed calls
    /// again, from the moment it ran out; the unrecorded call stays pending for them to record.
    /// </summary>
    public int MaxWrapUpSeconds { get; set; } = 180;
}

/// <summary>Refuses, at start-up, an abandon or voicemail message that could disclose a debt to a third party.</summary>
internal sealed partial class VoiceFlowOptionsValidator : IValidateOptions<VoiceFlowOptions>
{
    public ValidateOptionsResult Validate(string? name, VoiceFlowOptions options)
    {
        var failures = new List<string>();
        foreach (var (key, text) in new[] { (nameof(options.AbandonMessage), options.AbandonMessage), (nameof(options.VoicemailMessage), options.VoicemailMessage) })
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                failures.Add($"{SectionName(key)} is required.");
            }
            else if (DebtWords().IsMatch(text))
            {
                failures.Add($"{SectionName(key)} must not mention a debt, a balance or a payment: whoever answered may not be the debtor (12 CFR 1006.6(d)).");
            }
        }

        if (options.MaxWrapUpSeconds is < 10 or > 3600)
        {
            failures.Add($"{SectionName(nameof(options.MaxWrapUpSeconds))} is between 10 and 3600.");
        }

        if (options.CollectorRingSeconds is < 5 or > 60)
        {
            failures.Add($"{SectionName(nameof(options.CollectorRingSeconds))} is between 5 and 60.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static string SectionName(string key) => $"{VoiceFlowOptions.SectionName}:{key}";

    [GeneratedRegex(@"\b(debts?|collect\w*|owe[sd]?|owing|balance|payments?|pay|overdue|past due|delinquen\w*)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DebtWords();
}
