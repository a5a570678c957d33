namespace DebtHub.GraphQL.Tests.Validation.Rules;

/// <summary>Fragments on Object, Interface or Union Types: expected messages and locations are graphql-js 16.15's on the same documents ("" = valid).</summary>
public sealed class FragmentsOnCompositeTypesTests
{
    [Theory]
    [InlineData("{ dog { ... on Pet { name } } }", "")]
    [InlineData("{ dog { ...F } } fragment F on Boolean { name }", "Fragment \"F\" cannot condition on non composite type \"Boolean\". @ 1:32")]
    [InlineData("{ dog { ... on DogCommand { name } } }", "Fragment cannot condition on non composite type \"DogCommand\". @ 1:16")]
    public void Documents_get_graphql_js_errors(string document, string expected)
    {
        Assert.Equal(expected, string.Join(" | ", SpecSchema.Validate(document).Errors));
    }
}
