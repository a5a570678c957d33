using System.Reflection;

namespace DebtHub.Infrastructure.Ledger;

/// <summary>The Lua scripts, embedded from Scripts/. StackExchange.Redis loads each once and then sends only its SHA1.</summary>
internal static class LedgerScripts
{
    public static string Reserve { get; } = Load("reserve.lua");

    public static string Apply { get; } = Load("apply.lua");

    public static string Release { get; } = Load("release.lua");

    private static string Load(string name)
    {
        var assembly = typeof(LedgerScripts).Assembly;
        var resource = assembly.GetManifestResourceNames().Single(n => n.EndsWith("." + name, StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
