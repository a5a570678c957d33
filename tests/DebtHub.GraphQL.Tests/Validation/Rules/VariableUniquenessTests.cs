namespace DebtHub.GraphQL.Tests.Validation.Rules;

/// <summary>Variable Uniqueness: expected messages and locations are graphql-js 16.15's on the same documents ("" = valid).</summary>
public sealed class VariableUniquenessTests
{
    [Theory]
    [InlineData("query ($a: Int, $b: Int) { arguments { intArgField(intArg: $a) floatArgField(floatArg: $b) } }", "Variable \"$b\" of type \"Int\" used in position expecting type \"Float\". @ 1:17 1:88")]
    [InlineData("query ($a: Int, $a: String) { arguments { intArgField(intArg: $a) } }", "There can be only one variable named \"$a\". @ 1:9 1:18 | Variable \"$a\" of type \"String\" used in position expecting type \"Int\". @ 1:17 1:63")]
    public void Documents_get_graphql_js_errors(string document, string expected)
    {
        Assert.Equal(expected, string.Join(" | ", SpecSchema.Validate(document).Errors));
    }
}
