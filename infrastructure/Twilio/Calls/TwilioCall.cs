using System.Text.Json.Serialization;
using DebtHub.Infrastructure.Twilio.Rest;

namespace DebtHub.Infrastructure.Twilio.Calls;

/// <summary>Twilio's Call resource (API 2010 <c>api.v2010.account.call</c>); every field may be null.</summary>
public sealed record TwilioCall
{
    [JsonPropertyName("sid")]
    public string Sid { get; init; } = "";

    [JsonPropertyName("account_sid")]
    public string? AccountSid { get; init; }

    [JsonPropertyName("parent_call_sid")]
    public string? ParentCallSid { get; init; }

    [JsonPropertyName("to")]
    public string? To { get; init; }

    [JsonPropertyName("from")]
    public string? From { get; init; }

    [JsonPropertyName("status")]
    public CallStatus? Status { get; init; }

    [JsonPropertyName("direction")]
    public CallDirection? Direction { get; init; }

    [JsonPropertyName("answered_by")]
    public AnsweredBy? AnsweredBy { get; init; }

    [JsonPropertyName("date_created")]
    [JsonConverter(typeof(Rfc2822DateConverter))]
    public DateTimeOffset? DateCreated { get; init; }

    [JsonPropertyName("date_updated")]
    [JsonConverter(typeof(Rfc2822DateConverter))]
    public DateTimeOffset? DateUpdated { get; init; }

    [JsonPropertyName("start_time")]
    [JsonConverter(typeof(Rfc2822DateConverter))]
    public DateTimeOffset? StartTime { get; init; }

    [JsonPropertyName("end_time")]
    [JsonConverter(typeof(Rfc2822DateConverter))]
    public DateTimeOffset? EndTime { get; init; }

    /// <summary>Seconds; Twilio sends a string.</summary>
    [JsonPropertyName("duration")]
    [JsonNumberHandling(JsonNumberHandling.AllowReadingFromString)]
    public int? Duration { get; init; }

    /// <summary>Estimated wait in the account's CPS queue, in milliseconds; Twilio sends a string.</summary>
    [JsonPropertyName("queue_time")]
    [JsonNumberHandling(JsonNumberHandling.AllowReadingFromString)]
    public long? QueueTime { get; init; }

    [JsonPropertyName("price")]
    [JsonNumberHandling(JsonNumberHandling.AllowReadingFromString)]
    public decimal? Price { get; init; }

    [JsonPropertyName("price_unit")]
    public string? PriceUnit { get; init; }

    [JsonPropertyName("api_version")]
    public string? ApiVersion { get; init; }

    [JsonPropertyName("uri")]
    public string? Uri { get; init; }
}

/// <summary>One page of <c>GET …/Calls.json</c>.</summary>
public sealed record TwilioCallPage
{
    [JsonPropertyName("calls")]
    public IReadOnlyList<TwilioCall> Calls { get; init; } = [];

    [JsonPropertyName("page")]
    public int Page { get; init; }

    [JsonPropertyName("page_size")]
    public int PageSize { get; init; }

    /// <summary>Relative URI of the next page (with its PageToken), or null on the last page.</summary>
    [JsonPropertyName("next_page_uri")]
    public string? NextPageUri { get; init; }
}
