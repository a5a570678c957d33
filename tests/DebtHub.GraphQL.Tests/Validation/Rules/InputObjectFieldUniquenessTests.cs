namespace DebtHub.GraphQL.Tests.Validation.Rules;

/// <summary>Input Object Field Uniqueness: expected messages and locations are graphql-js 16.15's on the same documents ("" = valid).</summary>
public sealed class InputObjectFieldUniquenessTests
{
    [Theory]
    [InlineData("{ findDog(searchBy: {name: \"a\", owner: \"b\"}) { name } }", "")]
    [InlineData("{ findDog(searchBy: {name: \"a\", name: \"b\"}) { name } }", "There can be only one input field named \"name\". @ 1:22 1:33")]
    public void Documents_get_graphql_js_errors(string document, string expected)
    {
        Assert.Equal(expected, string.Join(" | ", SpecSchema.Validate(document).Errors));
    }
}
