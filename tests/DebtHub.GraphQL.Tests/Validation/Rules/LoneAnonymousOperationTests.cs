namespace DebtHub.GraphQL.Tests.Validation.Rules;

/// <summary>Lone Anonymous Operation: expected messages and locations are graphql-js 16.15's on the same documents ("" = valid).</summary>
public sealed class LoneAnonymousOperationTests
{
    [Theory]
    [InlineData("{ dog { name } }", "")]
    [InlineData("{ dog { name } } query Foo { dog { name } }", "This anonymous operation must be the only defined operation. @ 1:1")]
    [InlineData("{ dog { name } } { dog { nickname } }", "This anonymous operation must be the only defined operation. @ 1:1 | This anonymous operation must be the only defined operation. @ 1:18")]
    public void Documents_get_graphql_js_errors(string document, string expected)
    {
        Assert.Equal(expected, string.Join(" | ", SpecSchema.Validate(document).Errors));
    }
}
