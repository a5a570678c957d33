namespace DebtHub.GraphQL.Tests.Validation.Rules;

/// <summary>Input Object Field Names: expected messages and locations are graphql-js 16.15's on the same documents ("" = valid).</summary>
public sealed class InputObjectFieldNamesTests
{
    [Theory]
    [InlineData("{ findDog(searchBy: {name: \"Fido\"}) { name } }", "")]
    [InlineData("{ findDog(searchBy: {favoriteCookieFlavor: \"Bacon\"}) { name } }", "Field \"favoriteCookieFlavor\" is not defined by type \"FindDogInput\". @ 1:22")]
    [InlineData("{ findDog(searchBy: {nme: \"Fido\"}) { name } }", "Field \"nme\" is not defined by type \"FindDogInput\". Did you mean \"name\"? @ 1:22")]
    public void Documents_get_graphql_js_errors(string document, string expected)
    {
        Assert.Equal(expected, string.Join(" | ", SpecSchema.Validate(document).Errors));
    }
}
