using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace DebtHub.Infrastructure.Twilio.Rest;

/// <summary>Twilio's resource dates: RFC 2822, e.g. <c>Tue, 31 Aug 2010 20:36:28 +0000</c>.</summary>
internal static class Rfc2822Date
{
    private static readonly string[] _formats = ["ddd, d MMM yyyy HH:mm:ss", "d MMM yyyy HH:mm:ss", "ddd, d MMM yyyy HH:mm", "d MMM yyyy HH:mm"];

    public static string Format(DateTimeOffset value) =>
        value.ToUniversalTime().ToString("ddd, dd MMM yyyy HH:mm:ss '+0000'", CultureInfo.InvariantCulture);

    public static bool TryParse(string? text, out DateTimeOffset value)
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var trimmed = text.Trim();
        var lastSpace = trimmed.LastIndexOf(' ');
        if (lastSpace < 0 || !TryParseZone(trimmed[(lastSpace + 1)..], out var offset))
        {
            return false;
        }

        if (!DateTime.TryParseExact(trimmed[..lastSpace], _formats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var local))
        {
            return false;
        }

        value = new DateTimeOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), offset);
        return true;
    }

    private static bool TryParseZone(string zone, out TimeSpan offset)
    {
        offset = TimeSpan.Zero;
        if (zone is "GMT" or "UT" or "UTC" or "Z")
        {
            return true;
        }

        if (zone.Length != 5 || (zone[0] != '+' && zone[0] != '-')
            || !int.TryParse(zone.AsSpan(1, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var hours)
            || !int.TryParse(zone.AsSpan(3, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var minutes))
        {
            return false;
        }

        offset = new TimeSpan(hours, minutes, 0) * (zone[0] == '-' ? -1 : 1);
        return true;
    }
}

/// <summary>Reads RFC 2822 dates (null or empty as null); writes them back the same way.</summary>
internal sealed class Rfc2822DateConverter : JsonConverter<DateTimeOffset?>
{
    public override bool HandleNull => true;

    public override DateTimeOffset? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        var text = reader.GetString();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        return Rfc2822Date.TryParse(text, out var value) ? value : throw new JsonException($"'{text}' is not an RFC 2822 date.");
    }

    public override void Write(Utf8JsonWriter writer, DateTimeOffset? value, JsonSerializerOptions options)
    {
        if (value is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            writer.WriteStringValue(Rfc2822Date.Format(value.Value));
        }
    }
}
