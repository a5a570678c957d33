namespace DebtHub.GraphQL.Tests.Validation.Rules;

/// <summary>Fragments Must Be Used: expected messages and locations are graphql-js 16.15's on the same documents ("" = valid).</summary>
public sealed class FragmentsMustBeUsedTests
{
    [Theory]
    [InlineData("{ dog { ...A } } fragment A on Dog { ...B } fragment B on Dog { name }", "")]
    [InlineData("{ dog { name } } fragment Unused on Dog { name }", "Fragment \"Unused\" is never used. @ 1:18")]
    public void Documents_get_graphql_js_errors(string document, string expected)
    {
        Assert.Equal(expected, string.Join(" | ", SpecSchema.Validate(document).Errors));
    }
}
