namespace DebtHub.GraphQL.Tests.Validation.Rules;

/// <summary>Fragment Spread Target Defined: expected messages and locations are graphql-js 16.15's on the same documents ("" = valid).</summary>
public sealed class FragmentSpreadTargetDefinedTests
{
    [Theory]
    [InlineData("{ dog { ...F } } fragment F on Dog { name }", "")]
    [InlineData("{ dog { ...undefinedFragment } }", "Unknown fragment \"undefinedFragment\". @ 1:12")]
    public void Documents_get_graphql_js_errors(string document, string expected)
    {
        Assert.Equal(expected, string.Join(" | ", SpecSchema.Validate(document).Errors));
    }
}
