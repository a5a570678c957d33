using System.Text.Json;

namespace DebtHub.Api.Tests.Mutations;

/// <summary>Reading mutation payloads: the result, or the typed errors as (type, field) pairs.</summary>
public static class MutationAssertions
{
    /// <summary>The selection every test asks of a payload's errors.</summary>
    public const string Errors = """
        errors {
          __typename
          ... on Error { message }
          ... on InputError { field }
          ... on NotFoundError { id }
          ... on TextTooLongError { maxLength }
          ... on InvalidValueError { code }
          ... on ConflictError { code }
        }
        """;

    public static JsonElement Payload(this JsonElement result, string mutation)
    {
        Assert.False(result.TryGetProperty("errors", out var errors), $"GraphQL errors: {errors}");
        return result.GetProperty("data").GetProperty(mutation);
    }

    /// <summary>Asserts the payload succeeded and returns it.</summary>
    public static JsonElement Succeeded(this JsonElement result, string mutation)
    {
        var payload = result.Payload(mutation);
        Assert.True(payload.GetProperty("errors").ValueKind == JsonValueKind.Null, $"Typed errors: {payload.GetProperty("errors")}");
        return payload;
    }

    /// <summary>The typed errors of a refused payload as "Type field" (or "Type code" for conflicts), in order.</summary>
    public static string[] TypedErrors(this JsonElement result, string mutation)
    {
        var payload = result.Payload(mutation);
        var errors = payload.GetProperty("errors");
        Assert.Equal(JsonValueKind.Array, errors.ValueKind);
        return errors.EnumerateArray().Select(e =>
        {
            var type = e.GetProperty("__typename").GetString();
            Assert.False(string.IsNullOrWhiteSpace(e.GetProperty("message").GetString()));
            var detail = e.TryGetProperty("field", out var field) && field.ValueKind == JsonValueKind.String ? field.GetString()
                : e.TryGetProperty("code", out var code) ? code.GetString() : null;
            return detail is null ? type! : $"{type} {detail}";
        }).ToArray();
    }
}
