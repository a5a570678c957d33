namespace DebtHub.GraphQL.Tests.Validation.Rules;

/// <summary>Operation Name Uniqueness: expected messages and locations are graphql-js 16.15's on the same documents ("" = valid).</summary>
public sealed class OperationNameUniquenessTests
{
    [Theory]
    [InlineData("query A { dog { name } } query B { dog { name } }", "")]
    [InlineData("query Foo { dog { name } } query Foo { dog { nickname } }", "There can be only one operation named \"Foo\". @ 1:7 1:34")]
    [InlineData("query Foo { dog { name } } mutation Foo { renameDog(name: \"x\") { name } }", "There can be only one operation named \"Foo\". @ 1:7 1:37")]
    public void Documents_get_graphql_js_errors(string document, string expected)
    {
        Assert.Equal(expected, string.Join(" | ", SpecSchema.Validate(document).Errors));
    }
}
