namespace DebtHub.GraphQL.Tests.Validation.Rules;

/// <summary>Variables Are Input Types: expected messages and locations are graphql-js 16.15's on the same documents ("" = valid).</summary>
public sealed class VariablesAreInputTypesTests
{
    [Theory]
    [InlineData("query ($a: FindDogInput) { findDog(searchBy: $a) { name } }", "")]
    [InlineData("query ($a: Dog, $b: [[CatOrDog!]]!, $c: Pet) { dog { name } }", "Variable \"$a\" cannot be non-input type \"Dog\". @ 1:12 | Variable \"$b\" cannot be non-input type \"[[CatOrDog!]]!\". @ 1:21 | Variable \"$c\" cannot be non-input type \"Pet\". @ 1:41 | Variable \"$a\" is never used. @ 1:8 | Variable \"$b\" is never used. @ 1:17 | Variable \"$c\" is never used. @ 1:37")]
    public void Documents_get_graphql_js_errors(string document, string expected)
    {
        Assert.Equal(expected, string.Join(" | ", SpecSchema.Validate(document).Errors));
    }
}
