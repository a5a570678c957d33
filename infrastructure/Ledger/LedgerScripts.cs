using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using StackExchange.Redis;

namespace DebtHub.Infrastructure.Ledger;

/// <summary>The Lua scripts, embedded from Scripts/.</summary>
internal static class LedgerScripts
{
    public static LedgerScript Reserve { get; } = Load("reserve.lua");

    public static LedgerScript Apply { get; } = Load("apply.lua");

    public static LedgerScript Release { get; } = Load("release.lua");

    private static LedgerScript Load(string name)
    {
        var assembly = typeof(LedgerScripts).Assembly;
        var resource = assembly.GetManifestResourceNames().Single(n => n.EndsWith("." + name, StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return new LedgerScript(reader.ReadToEnd());
    }
}

/// <summary>
/// One script, sent as EVALSHA by its SHA1. StackExchange.Redis 1.2.6, given the script's text, finds its hash by hashing
/// the whole text on every call (a tenth of the client's CPU per reservation in a profile); the hash is computed here once.
/// A server that does not know the script (restarted, SCRIPT FLUSH) answers NOSCRIPT, and the text path loads it.
/// </summary>
internal sealed class LedgerScript(string text)
{
    public string Text { get; } = text;

    public byte[] Hash { get; } = SHA1.HashData(Encoding.UTF8.GetBytes(text));

    public async Task<RedisResult> EvaluateAsync(IDatabaseAsync database, RedisKey[] keys, RedisValue[] args)
    {
        // A batch (which is also an IDatabase) reports NOSCRIPT only after it was executed, too late to retry inside it:
        // it takes the text path.
        if (database is IBatch || database is not IDatabase direct)
        {
            return await database.ScriptEvaluateAsync(Text, keys, args);
        }

        try
        {
            return await direct.ScriptEvaluateAsync(Hash, keys, args);
        }
        catch (RedisServerException e) when (e.Message.StartsWith("NOSCRIPT", StringComparison.Ordinal))
        {
            return await direct.ScriptEvaluateAsync(Text, keys, args);
        }
    }
}
