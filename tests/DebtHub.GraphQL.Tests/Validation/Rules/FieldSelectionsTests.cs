namespace DebtHub.GraphQL.Tests.Validation.Rules;

/// <summary>Field Selections: expected messages and locations are graphql-js 16.15's on the same documents ("" = valid).</summary>
public sealed class FieldSelectionsTests
{
    [Theory]
    [InlineData("{ dog { name barkVolume } }", "")]
    [InlineData("{ dog { meowVolume } }", "Cannot query field \"meowVolume\" on type \"Dog\". Did you mean \"barkVolume\"? @ 1:9")]
    [InlineData("{ pet { barkVolume } }", "Cannot query field \"barkVolume\" on type \"Pet\". Did you mean to use an inline fragment on \"Dog\"? @ 1:9")]
    [InlineData("{ catOrDog { name } }", "Cannot query field \"name\" on type \"CatOrDog\". Did you mean to use an inline fragment on \"Pet\", \"Cat\", or \"Dog\"? @ 1:14")]
    [InlineData("{ dog { nme } }", "Cannot query field \"nme\" on type \"Dog\". Did you mean \"name\"? @ 1:9")]
    public void Documents_get_graphql_js_errors(string document, string expected)
    {
        Assert.Equal(expected, string.Join(" | ", SpecSchema.Validate(document).Errors));
    }
}
