using System.Text.Json;
using System.Text.Json.Serialization;

namespace DebtHub.Infrastructure.Twilio.Rest;

/// <summary>
/// Twilio adds enum values over time (new statuses, new AMD results); a value we do not know must survive a round
/// trip instead of failing deserialisation, so enums are string-backed values with well-known instances.
/// </summary>
public interface ITwilioStringEnum<TSelf>
    where TSelf : struct, ITwilioStringEnum<TSelf>
{
    string Value { get; }

    static abstract TSelf FromValue(string value);
}

internal sealed class TwilioStringEnumConverter<T> : JsonConverter<T>
    where T : struct, ITwilioStringEnum<T>
{
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        T.FromValue(reader.GetString() ?? "");

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.Value);
}
