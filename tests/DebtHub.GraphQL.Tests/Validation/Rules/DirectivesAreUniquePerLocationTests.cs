namespace DebtHub.GraphQL.Tests.Validation.Rules;

/// <summary>Directives Are Unique per Location: expected messages and locations are graphql-js 16.15's on the same documents ("" = valid).</summary>
public sealed class DirectivesAreUniquePerLocationTests
{
    [Theory]
    [InlineData("{ dog { name @repeatable(n: 1) @repeatable(n: 2) } }", "")]
    [InlineData("{ dog { name @include(if: true) @include(if: false) } }", "The directive \"@include\" can only be used once at this location. @ 1:14 1:33")]
    public void Documents_get_graphql_js_errors(string document, string expected)
    {
        Assert.Equal(expected, string.Join(" | ", SpecSchema.Validate(document).Errors));
    }
}
