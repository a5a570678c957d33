namespace DebtHub.GraphQL.Tests.Validation.Rules;

/// <summary>Directives Are in Valid Locations: expected messages and locations are graphql-js 16.15's on the same documents ("" = valid).</summary>
public sealed class DirectivesAreInValidLocationsTests
{
    [Theory]
    [InlineData("query @onQuery { dog { name @onField } }", "")]
    [InlineData("query @onField { dog { name @onQuery } }", "Directive \"@onField\" may not be used on QUERY. @ 1:7 | Directive \"@onQuery\" may not be used on FIELD. @ 1:29")]
    public void Documents_get_graphql_js_errors(string document, string expected)
    {
        Assert.Equal(expected, string.Join(" | ", SpecSchema.Validate(document).Errors));
    }
}
