using System.Runtime.CompilerServices;

namespace DebtHub.GraphQL.Language;

/// <summary>
/// Interns ASCII names read from UTF-8 so repeated documents (the same fields and types again and again) allocate no
/// new strings. A fixed, lock-free table: a slot holds the last name that hashed to it; races only cost a miss.
/// </summary>
internal static class NameTable
{
    private const int Size = 8192;
    private static readonly string?[] _slots = new string?[Size];

    public static string Get(ReadOnlySpan<byte> ascii)
    {
        uint hash = 2166136261;
        foreach (var b in ascii)
        {
            hash = (hash ^ b) * 16777619;
        }

        ref var slot = ref _slots[hash & (Size - 1)];
        var existing = Volatile.Read(ref slot);
        if (existing is not null && SameAscii(existing, ascii))
        {
            return existing;
        }

        var created = Create(ascii);
        Volatile.Write(ref slot, created);
        return created;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool SameAscii(string s, ReadOnlySpan<byte> ascii)
    {
        if (s.Length != ascii.Length)
        {
            return false;
        }

        for (var i = 0; i < ascii.Length; i++)
        {
            if (s[i] != ascii[i])
            {
                return false;
            }
        }

        return true;
    }

    private static string Create(ReadOnlySpan<byte> ascii)
    {
        Span<char> chars = ascii.Length <= 256 ? stackalloc char[ascii.Length] : new char[ascii.Length];
        for (var i = 0; i < ascii.Length; i++)
        {
            chars[i] = (char)ascii[i];
        }

        return new string(chars);
    }
}
