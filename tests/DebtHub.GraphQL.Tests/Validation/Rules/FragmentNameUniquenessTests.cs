namespace DebtHub.GraphQL.Tests.Validation.Rules;

/// <summary>Fragment Name Uniqueness: expected messages and locations are graphql-js 16.15's on the same documents ("" = valid).</summary>
public sealed class FragmentNameUniquenessTests
{
    [Theory]
    [InlineData("{ dog { ...F ...G } } fragment F on Dog { name } fragment G on Dog { name }", "")]
    [InlineData("{ dog { ...F } } fragment F on Dog { name } fragment F on Dog { nickname }", "There can be only one fragment named \"F\". @ 1:27 1:54")]
    public void Documents_get_graphql_js_errors(string document, string expected)
    {
        Assert.Equal(expected, string.Join(" | ", SpecSchema.Validate(document).Errors));
    }
}
