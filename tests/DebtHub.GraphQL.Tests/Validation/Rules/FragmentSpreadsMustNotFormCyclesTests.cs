namespace DebtHub.GraphQL.Tests.Validation.Rules;

/// <summary>Fragment Spreads Must Not Form Cycles: expected messages and locations are graphql-js 16.15's on the same documents ("" = valid).</summary>
public sealed class FragmentSpreadsMustNotFormCyclesTests
{
    [Theory]
    [InlineData("{ dog { ...A } } fragment A on Dog { ...A }", "Cannot spread fragment \"A\" within itself. @ 1:38")]
    [InlineData("{ dog { ...A } } fragment A on Dog { ...B } fragment B on Dog { ...C } fragment C on Dog { ...A }", "Cannot spread fragment \"A\" within itself via \"B\", \"C\". @ 1:38 1:65 1:92")]
    public void Documents_get_graphql_js_errors(string document, string expected)
    {
        Assert.Equal(expected, string.Join(" | ", SpecSchema.Validate(document).Errors));
    }
}
