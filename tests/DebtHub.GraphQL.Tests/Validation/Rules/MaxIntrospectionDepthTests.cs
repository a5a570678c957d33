namespace DebtHub.GraphQL.Tests.Validation.Rules;

/// <summary>graphql-js MaxIntrospectionDepthRule: expected messages and locations are graphql-js 16.15's on the same documents ("" = valid).</summary>
public sealed class MaxIntrospectionDepthTests
{
    [Theory]
    [InlineData("{ __schema { types { fields { type { name } } } } }", "")]
    [InlineData("{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }", "Maximum introspection depth exceeded @ 1:3")]
    public void Documents_get_graphql_js_errors(string document, string expected)
    {
        Assert.Equal(expected, string.Join(" | ", SpecSchema.Validate(document).Errors));
    }
}
