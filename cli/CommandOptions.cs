namespace DebtHub.Cli;

/// <summary>Positional arguments and <c>--name value</c> pairs, as the commands take them.</summary>
internal sealed class CommandOptions
{
    private readonly Dictionary<string, string> _named = new(StringComparer.Ordinal);

    public List<string> Positional { get; } = [];

    public static CommandOptions Parse(string[] args)
    {
        var options = new CommandOptions();
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i].StartsWith("--", StringComparison.Ordinal))
            {
                var name = args[i][2..];
                options._named[name] = i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal) ? args[++i] : "true";
            }
            else
            {
                options.Positional.Add(args[i]);
            }
        }

        return options;
    }

    public string? Get(string name) => _named.GetValueOrDefault(name);

    public int GetInt(string name, int fallback) =>
        _named.TryGetValue(name, out var text) && int.TryParse(text, out var value) && value >= 0
            ? value
            : _named.ContainsKey(name) ? throw new ArgumentException($"--{name} takes a whole number.") : fallback;
}
