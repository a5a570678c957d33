using System.Globalization;
using System.Text;

namespace DebtHub.GraphQL.Data;

/// <summary>
/// Opaque node ids as HotChocolate writes them: base64 of <c>TypeName:key</c> (a Guid key in its dashed form, as the
/// API's own ids are), so <c>node(id:)</c> knows the type from the id alone and clients never build ids themselves.
/// </summary>
public static class GlobalId
{
    /// <summary>The global id of the object of <paramref name="typeName"/> with <paramref name="key"/>.</summary>
    public static string Format(string typeName, object key)
    {
        ArgumentNullException.ThrowIfNull(typeName);
        var text = key switch
        {
            Guid guid => guid.ToString("D"),
            IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
            _ => key.ToString(),
        };
        return Convert.ToBase64String(Encoding.UTF8.GetBytes($"{typeName}:{text}"));
    }

    /// <summary>Splits a global id into its type name and key text; false when it is not one of ours.</summary>
    public static bool TryParse(string id, out string typeName, out string key)
    {
        typeName = key = "";
        var buffer = new byte[(id.Length * 3 / 4) + 3];
        if (!Convert.TryFromBase64String(id, buffer, out var length))
        {
            return false;
        }
        string text;
        try
        {
            text = new UTF8Encoding(false, true).GetString(buffer, 0, length);
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || colon == text.Length - 1)
        {
            return false;
        }
        typeName = text[..colon];
        key = text[(colon + 1)..];
        return true;
    }
}
