namespace DebtHub.GraphQL.Tests.Validation.Rules;

/// <summary>Directives Are Defined: expected messages and locations are graphql-js 16.15's on the same documents ("" = valid).</summary>
public sealed class DirectivesAreDefinedTests
{
    [Theory]
    [InlineData("{ dog { name @skip(if: true) } }", "")]
    [InlineData("{ dog { name @unknownDirective } }", "Unknown directive \"@unknownDirective\". @ 1:14")]
    public void Documents_get_graphql_js_errors(string document, string expected)
    {
        Assert.Equal(expected, string.Join(" | ", SpecSchema.Validate(document).Errors));
    }
}
