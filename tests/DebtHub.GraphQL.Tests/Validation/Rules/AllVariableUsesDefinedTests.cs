namespace DebtHub.GraphQL.Tests.Validation.Rules;

/// <summary>All Variable Uses Defined: expected messages and locations are graphql-js 16.15's on the same documents ("" = valid).</summary>
public sealed class AllVariableUsesDefinedTests
{
    [Theory]
    [InlineData("query Q($a: Boolean) { dog { isHouseTrained(atOtherHomes: $a) } }", "")]
    [InlineData("query Q { dog { isHouseTrained(atOtherHomes: $a) } }", "Variable \"$a\" is not defined by operation \"Q\". @ 1:46 1:1")]
    [InlineData("query Q { dog { ...F } } fragment F on Dog { isHouseTrained(atOtherHomes: $atOtherHomes) }", "Variable \"$atOtherHomes\" is not defined by operation \"Q\". @ 1:75 1:1")]
    public void Documents_get_graphql_js_errors(string document, string expected)
    {
        Assert.Equal(expected, string.Join(" | ", SpecSchema.Validate(document).Errors));
    }
}
