namespace DebtHub.GraphQL.Tests.Validation.Rules;

/// <summary>Executable Definitions: expected messages and locations are graphql-js 16.15's on the same documents ("" = valid).</summary>
public sealed class ExecutableDefinitionsTests
{
    [Theory]
    [InlineData("query Foo { dog { name } }", "")]
    [InlineData("query Foo { dog { name } } type Cow { name: String } extend type Dog { color: String }", "The \"Cow\" definition is not executable. @ 1:28 | The \"Dog\" definition is not executable. @ 1:54")]
    [InlineData("{ dog { name } } schema { query: QueryRoot }", "The schema definition is not executable. @ 1:18")]
    public void Documents_get_graphql_js_errors(string document, string expected)
    {
        Assert.Equal(expected, string.Join(" | ", SpecSchema.Validate(document).Errors));
    }
}
