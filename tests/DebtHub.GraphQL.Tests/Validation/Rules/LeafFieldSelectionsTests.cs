namespace DebtHub.GraphQL.Tests.Validation.Rules;

/// <summary>Leaf Field Selections: expected messages and locations are graphql-js 16.15's on the same documents ("" = valid).</summary>
public sealed class LeafFieldSelectionsTests
{
    [Theory]
    [InlineData("{ dog { barkVolume } }", "")]
    [InlineData("{ dog { barkVolume { sinceWhen } } }", "Field \"barkVolume\" must not have a selection since type \"Int\" has no subfields. @ 1:20")]
    [InlineData("{ human }", "Field \"human\" of type \"Human\" must have a selection of subfields. Did you mean \"human { ... }\"? @ 1:3")]
    [InlineData("{ catOrDog }", "Field \"catOrDog\" of type \"CatOrDog\" must have a selection of subfields. Did you mean \"catOrDog { ... }\"? @ 1:3")]
    public void Documents_get_graphql_js_errors(string document, string expected)
    {
        Assert.Equal(expected, string.Join(" | ", SpecSchema.Validate(document).Errors));
    }
}
