namespace DebtHub.GraphQL.Tests.Validation.Rules;

/// <summary>All Variables Used: expected messages and locations are graphql-js 16.15's on the same documents ("" = valid).</summary>
public sealed class AllVariablesUsedTests
{
    [Theory]
    [InlineData("query Q($a: Boolean) { dog { ...F } } fragment F on Dog { isHouseTrained(atOtherHomes: $a) }", "")]
    [InlineData("query Q($unused: Int) { dog { name } }", "Variable \"$unused\" is never used in operation \"Q\". @ 1:9")]
    [InlineData("query ($unused: Int) { dog { name } }", "Variable \"$unused\" is never used. @ 1:8")]
    public void Documents_get_graphql_js_errors(string document, string expected)
    {
        Assert.Equal(expected, string.Join(" | ", SpecSchema.Validate(document).Errors));
    }
}
