using System.Globalization;

namespace DebtHub.Infrastructure.Twilio.Rest;

/// <summary>
/// Twilio's form body: PascalCase keys, unset values left out, booleans as "true"/"false", and one key per array value
/// (<c>StatusCallbackEvent=initiated&amp;StatusCallbackEvent=answered</c>), which is why this is a list, not a dictionary.
/// </summary>
internal sealed class TwilioForm
{
    private readonly List<KeyValuePair<string, string>> _pairs = [];

    public IReadOnlyList<KeyValuePair<string, string>> Pairs => _pairs;

    public TwilioForm Add(string name, string? value)
    {
        if (value is not null)
        {
            _pairs.Add(new(name, value));
        }

        return this;
    }

    public TwilioForm Add(string name, Uri? value) => Add(name, value?.AbsoluteUri);

    public TwilioForm Add(string name, int? value) => Add(name, value?.ToString(CultureInfo.InvariantCulture));

    public TwilioForm Add(string name, bool? value) => Add(name, value switch { true => "true", false => "false", null => null });

    public TwilioForm AddEach(string name, IEnumerable<string>? values)
    {
        foreach (var value in values ?? [])
        {
            _pairs.Add(new(name, value));
        }

        return this;
    }

    public FormUrlEncodedContent ToContent() => new(_pairs);

    /// <summary>The same pairs as a query string (list filters), keys and values percent-encoded.</summary>
    public string ToQueryString() =>
        _pairs.Count == 0
            ? ""
            : "?" + string.Join('&', _pairs.Select(p => $"{Uri.EscapeDataString(p.Key)}={Uri.EscapeDataString(p.Value)}"));
}
