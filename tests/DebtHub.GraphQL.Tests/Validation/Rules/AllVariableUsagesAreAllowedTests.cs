namespace DebtHub.GraphQL.Tests.Validation.Rules;

/// <summary>All Variable Usages Are Allowed: expected messages and locations are graphql-js 16.15's on the same documents ("" = valid).</summary>
public sealed class AllVariableUsagesAreAllowedTests
{
    [Theory]
    [InlineData("query Q($b: Boolean = true) { arguments { nonNullBooleanArgField(nonNullBooleanArg: $b) } }", "")]
    [InlineData("query Q($intArg: Int) { arguments { nonNullBooleanArgField(nonNullBooleanArg: $intArg) } }", "Variable \"$intArg\" of type \"Int\" used in position expecting type \"Boolean!\". @ 1:9 1:79")]
    [InlineData("query Q($b: Boolean) { arguments { nonNullBooleanArgField(nonNullBooleanArg: $b) } }", "Variable \"$b\" of type \"Boolean\" used in position expecting type \"Boolean!\". @ 1:9 1:78")]
    [InlineData("query ($n: String) { searchDog(by: {name: $n}) { name } }", "Variable \"$n\" is of type \"String\" but must be non-nullable to be used for OneOf Input Object \"DogFilter\". @ 1:8 1:43")]
    public void Documents_get_graphql_js_errors(string document, string expected)
    {
        Assert.Equal(expected, string.Join(" | ", SpecSchema.Validate(document).Errors));
    }
}
