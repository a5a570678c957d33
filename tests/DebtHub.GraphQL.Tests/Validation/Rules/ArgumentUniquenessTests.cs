namespace DebtHub.GraphQL.Tests.Validation.Rules;

/// <summary>Argument Uniqueness: expected messages and locations are graphql-js 16.15's on the same documents ("" = valid).</summary>
public sealed class ArgumentUniquenessTests
{
    [Theory]
    [InlineData("{ arguments { multipleRequirements(x: 1, y: 2) } }", "")]
    [InlineData("{ arguments { multipleRequirements(x: 1, x: 2, y: 3) } }", "There can be only one argument named \"x\". @ 1:36 1:42")]
    [InlineData("{ dog { name @include(if: true, if: false) } }", "There can be only one argument named \"if\". @ 1:23 1:33")]
    public void Documents_get_graphql_js_errors(string document, string expected)
    {
        Assert.Equal(expected, string.Join(" | ", SpecSchema.Validate(document).Errors));
    }
}
