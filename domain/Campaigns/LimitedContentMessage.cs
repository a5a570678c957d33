using System.Text.RegularExpressions;

namespace DebtHub.Domain.Campaigns;

/// <summary>
/// Checks a voicemail template against the Reg F limited-content message (12 CFR 1006.2(j); RULES.md LCM): it must
/// carry every required element — (1) a business name that does not indicate debt collection, (2) a request to reply,
/// (3) the name of a natural person to contact, (4) a callback number — and may add only a salutation (which may name
/// the consumer), the date and time, suggested reply times, and that any representative can help. Nothing else: each
/// sentence is read word by word against those elements, so a word about a debt, a balance or a payment is refused.
/// </summary>
/// <remarks>
/// Placeholders: <c>{business}</c>, <c>{person}</c>, <c>{callback}</c>, and optionally <c>{consumer}</c> (salutation
/// only), <c>{date}</c>, <c>{time}</c>, <c>{replyTimes}</c>.
/// </remarks>
public static partial class LimitedContentMessage
{
    public const int MaxLength = 400;

    private static readonly HashSet<string> Placeholders = ["business", "person", "callback", "consumer", "date", "time", "replyTimes"];

    /// <summary>Words that only an identity, reply request, salutation, date, reply-time or "any representative" sentence needs.</summary>
    private static readonly HashSet<string> Vocabulary = new(StringComparer.OrdinalIgnoreCase)
    {
        // salutation
        "hello", "hi", "good", "morning", "afternoon", "evening", "this", "message", "is", "for",
        // identity
        "my", "name", "i", "i'm", "am", "it's", "calling", "from", "with", "at", "of", "here",
        // request to reply and callback
        "please", "call", "calls", "return", "reply", "contact", "reach", "me", "us", "back", "give", "a", "the", "to", "our",
        "number", "you", "can", "may", "when", "it", "is", "convenient", "your", "earliest", "convenience", "or", "and", "on",
        // date, time and suggested reply times
        "today", "we", "are", "available", "between", "through", "from", "until", "am", "pm", "a.m", "p.m", "monday",
        "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "weekdays", "weekends", "time", "times", "best",
        // any representative can help
        "any", "representative", "representatives", "help", "assist", "will", "be", "happy", "who", "answers", "if", "all",
    };

    /// <summary>Content that makes a message more than limited content; named in the error so the author sees why.</summary>
    private static readonly string[] DebtWords =
        ["debt", "collect", "collection", "collector", "owe", "owed", "balance", "payment", "pay", "account", "amount", "past due",
         "overdue", "legal", "lawsuit", "attorney", "credit", "settle", "settlement", "judgment", "garnish", "recovery", "$"];

    private static readonly string[] ReplyVerbs = ["call", "return", "reply", "contact", "reach"];

    /// <summary>Every problem with the template; empty when it is a limited-content message.</summary>
    public static IReadOnlyList<string> Check(string? template, string? businessName, string? personName)
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(template))
        {
            return ["A voicemail template is required when the campaign leaves messages."];
        }

        if (template.Length > MaxLength)
        {
            problems.Add($"The template is longer than {MaxLength} characters; a long message risks being cut off, and a cut-off message is not a limited-content message.");
        }

        CheckBusinessName(businessName, problems);
        if (string.IsNullOrWhiteSpace(personName))
        {
            problems.Add("The name of a natural person to contact is required (12 CFR 1006.2(j)(1)(iii)); it need not be a legal name.");
        }
        else if (FindDebtWords(personName) is { Count: > 0 } words)
        {
            problems.Add($"The contact name may not mention {string.Join(", ", words.Select(w => $"'{w}'"))}.");
        }

        foreach (Match placeholder in PlaceholderPattern().Matches(template))
        {
            if (!Placeholders.Contains(placeholder.Groups[1].Value))
            {
                problems.Add($"Unknown placeholder {placeholder.Value}; use {{business}}, {{person}}, {{callback}}, {{consumer}}, {{date}}, {{time}} or {{replyTimes}}.");
            }
        }

        var sentences = SentencePattern().Split(template.Trim()).Select(s => s.Trim()).Where(s => s.Length > 0).ToList();
        for (var i = 0; i < sentences.Count; i++)
        {
            CheckSentence(sentences[i], i, problems);
        }

        if (!template.Contains("{business}", StringComparison.Ordinal))
        {
            problems.Add("Missing the business name, {business} (12 CFR 1006.2(j)(1)(i)).");
        }

        if (!template.Contains("{person}", StringComparison.Ordinal))
        {
            problems.Add("Missing the name of a person to contact, {person} (12 CFR 1006.2(j)(1)(iii)).");
        }

        if (!template.Contains("{callback}", StringComparison.Ordinal))
        {
            problems.Add("Missing a callback number, {callback} (12 CFR 1006.2(j)(1)(iv)).");
        }

        if (!sentences.Any(s => Words(s).Any(w => ReplyVerbs.Contains(w, StringComparer.OrdinalIgnoreCase))))
        {
            problems.Add("Missing a request that the consumer reply, e.g. 'Please call me back' (12 CFR 1006.2(j)(1)(ii)).");
        }

        return problems;
    }

    /// <summary>The message as spoken; the template must have passed <see cref="Check"/>.</summary>
    public static string Render(string template, string businessName, string personName, string callbackNumber, DateTime local, string? consumerName = null) =>
        template
            .Replace("{business}", businessName, StringComparison.Ordinal)
            .Replace("{person}", personName, StringComparison.Ordinal)
            .Replace("{callback}", SpokenNumber(callbackNumber), StringComparison.Ordinal)
            .Replace(consumerName is null ? ", {consumer}" : "{consumer}", consumerName ?? string.Empty, StringComparison.Ordinal)
            .Replace(consumerName is null ? " {consumer}" : "{consumer}", consumerName ?? string.Empty, StringComparison.Ordinal)
            .Replace("{date}", local.ToString("dddd, MMMM d", System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{time}", local.ToString("h:mm tt", System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{replyTimes}", "weekdays between 8 AM and 8 PM", StringComparison.Ordinal);

    private static void CheckBusinessName(string? businessName, List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(businessName))
        {
            problems.Add("A business name is required (12 CFR 1006.2(j)(1)(i)).");
        }
        else if (FindDebtWords(businessName) is { Count: > 0 } words)
        {
            problems.Add($"The business name may not indicate debt collection ({string.Join(", ", words.Select(w => $"'{w}'"))}; 12 CFR 1006.2(j)(1)(i)).");
        }
    }

    private static void CheckSentence(string sentence, int index, List<string> problems)
    {
        var debtWords = FindDebtWords(PlaceholderPattern().Replace(sentence, " "));
        if (debtWords.Count > 0)
        {
            problems.Add($"Sentence {index + 1} ('{sentence}') mentions {string.Join(", ", debtWords.Select(w => $"'{w}'"))}: a limited-content message may not refer to the debt.");
            return;
        }

        if (sentence.Contains("{consumer}", StringComparison.Ordinal) && index != 0)
        {
            problems.Add($"Sentence {index + 1}: the consumer's name may appear only in the opening salutation (12 CFR 1006.2(j)(2)(i)).");
        }

        var extra = Words(PlaceholderPattern().Replace(sentence, " "))
            .Where(w => !Vocabulary.Contains(w) && !TimeToken().IsMatch(w))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        if (extra.Count > 0)
        {
            problems.Add(
                $"Sentence {index + 1} ('{sentence}') carries content that is none of the limited-content elements: {string.Join(", ", extra.Select(w => $"'{w}'"))}. " +
                "Allowed: a salutation, the business name, a person's name, a request to reply, a callback number, the date and time, suggested reply times, and that any representative can help.");
        }
    }

    private static List<string> FindDebtWords(string text)
    {
        var words = Words(text).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return DebtWords
            .Where(d => d.Contains(' ', StringComparison.Ordinal) || d == "$"
                ? text.Contains(d, StringComparison.OrdinalIgnoreCase)
                : words.Any(w => w.Equals(d, StringComparison.OrdinalIgnoreCase) || (w.StartsWith(d, StringComparison.OrdinalIgnoreCase) && d.Length >= 5)))
            .ToList();
    }

    private static IEnumerable<string> Words(string text) =>
        WordPattern().Matches(text).Select(m => m.Value.Trim('.', '\'').ToLowerInvariant()).Where(w => w.Length > 0);

    private static string SpokenNumber(string e164) => string.Join(' ', e164.TrimStart('+').ToCharArray());

    [GeneratedRegex(@"\{([A-Za-z]+)\}")]
    private static partial Regex PlaceholderPattern();

    [GeneratedRegex(@"(?<=[.!?])\s+")]
    private static partial Regex SentencePattern();

    [GeneratedRegex(@"[\p{L}\p{N}$'.:]+")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"^\d{1,2}(:\d{2})?(am|pm|a\.m|p\.m)?$", RegexOptions.IgnoreCase)]
    private static partial Regex TimeToken();
}
