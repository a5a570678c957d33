namespace DebtHub.GraphQL.Tests.Validation.Rules;

/// <summary>Fragment Spread Is Possible: expected messages and locations are graphql-js 16.15's on the same documents ("" = valid).</summary>
public sealed class FragmentSpreadIsPossibleTests
{
    [Theory]
    [InlineData("{ pet { ... on Dog { barkVolume } } }", "")]
    [InlineData("{ dog { ... on Cat { meowVolume } } }", "Fragment cannot be spread here as objects of type \"Dog\" can never be of type \"Cat\". @ 1:9")]
    [InlineData("{ dog { ...catFields } } fragment catFields on Cat { meowVolume }", "Fragment \"catFields\" cannot be spread here as objects of type \"Dog\" can never be of type \"Cat\". @ 1:9")]
    [InlineData("{ humanOrAlien { ... on Pet { name } } }", "Fragment cannot be spread here as objects of type \"HumanOrAlien\" can never be of type \"Pet\". @ 1:18")]
    public void Documents_get_graphql_js_errors(string document, string expected)
    {
        Assert.Equal(expected, string.Join(" | ", SpecSchema.Validate(document).Errors));
    }
}
