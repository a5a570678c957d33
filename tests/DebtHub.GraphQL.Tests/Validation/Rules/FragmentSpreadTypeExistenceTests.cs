namespace DebtHub.GraphQL.Tests.Validation.Rules;

/// <summary>Fragment Spread Type Existence: expected messages and locations are graphql-js 16.15's on the same documents ("" = valid).</summary>
public sealed class FragmentSpreadTypeExistenceTests
{
    [Theory]
    [InlineData("{ dog { ... on Dog { name } } }", "")]
    [InlineData("{ dog { ...F } } fragment F on NotInSchema { name }", "Unknown type \"NotInSchema\". Did you mean \"__Schema\"? @ 1:32")]
    [InlineData("{ dog { ... on Dgo { name } } }", "Unknown type \"Dgo\". Did you mean \"Dog\"? @ 1:16")]
    [InlineData("query ($a: Strin) { dog { isHouseTrained(atOtherHomes: $a) } }", "Unknown type \"Strin\". Did you mean \"String\"? @ 1:12")]
    public void Documents_get_graphql_js_errors(string document, string expected)
    {
        Assert.Equal(expected, string.Join(" | ", SpecSchema.Validate(document).Errors));
    }
}
