namespace DebtHub.GraphQL.Conventions;

/// <summary>
/// One convention mutation: <c>name(input: NameInput!): NamePayload!</c>, whose payload carries
/// <paramref name="ResultField"/> (of <paramref name="ResultType"/>) and <c>errors: [NameError!]</c>, the union of
/// <paramref name="Errors"/>. The area writes the input type and the error types in its own SDL; the convention writes
/// the field, the payload and the union, so every mutation has the same shape.
/// </summary>
public sealed record MutationField(string Name, string ResultField, string ResultType, IReadOnlyList<string> Errors)
{
    /// <summary>The mutation field's description.</summary>
    public string? Description { get; init; }

    /// <summary>Directives applied to the mutation field, as SDL (e.g. <c>@authorize(roles: ["supervisor"])</c>).</summary>
    public string? Directives { get; init; }

    /// <summary>More payload fields, as SDL lines (e.g. <c>alreadyPosted: Boolean</c>); filled from <see cref="MutationResult.Fields"/>.</summary>
    public string? MoreFields { get; init; }

    public string TypePrefix => char.ToUpperInvariant(Name[0]) + Name[1..];

    public string InputTypeName => TypePrefix + "Input";

    public string PayloadTypeName => TypePrefix + "Payload";

    public string ErrorUnionName => TypePrefix + "Error";
}
