namespace DebtHub.GraphQL.Execution.Errors;

/// <summary>
/// One entry of a response's <c>errors</c> list (spec §7.1.2 Errors): a message for humans, the document locations it
/// concerns, the response path of the field that raised it (field errors only) and extensions such as <c>code</c>.
/// </summary>
public sealed record GraphQLError(
    string Message,
    IReadOnlyList<ErrorLocation>? Locations = null,
    ResultPath? Path = null,
    IReadOnlyDictionary<string, object?>? Extensions = null)
{
    /// <summary>The machine-readable <c>extensions.code</c>, when there is one.</summary>
    public string? Code => Extensions is not null && Extensions.TryGetValue("code", out var code) ? code as string : null;

    internal static GraphQLError WithCode(string message, string code, IReadOnlyList<ErrorLocation>? locations = null)
        => new(message, locations, null, new Dictionary<string, object?>(1) { ["code"] = code });
}
