namespace DebtHub.GraphQL.Tests.Validation.Rules;

/// <summary>Argument Names: expected messages and locations are graphql-js 16.15's on the same documents ("" = valid).</summary>
public sealed class ArgumentNamesTests
{
    [Theory]
    [InlineData("{ dog { doesKnowCommand(dogCommand: SIT) } }", "")]
    [InlineData("{ dog { doesKnowCommand(command: SIT) } }", "Unknown argument \"command\" on field \"Dog.doesKnowCommand\". Did you mean \"dogCommand\"? @ 1:25 | Field \"doesKnowCommand\" argument \"dogCommand\" of type \"DogCommand!\" is required, but it was not provided. @ 1:9")]
    [InlineData("{ dog { name @include(if: true, unless: false) } }", "Unknown argument \"unless\" on directive \"@include\". @ 1:33")]
    [InlineData("{ dog { doesKnowCommand(dogCommnd: SIT) } }", "Unknown argument \"dogCommnd\" on field \"Dog.doesKnowCommand\". Did you mean \"dogCommand\"? @ 1:25 | Field \"doesKnowCommand\" argument \"dogCommand\" of type \"DogCommand!\" is required, but it was not provided. @ 1:9")]
    public void Documents_get_graphql_js_errors(string document, string expected)
    {
        Assert.Equal(expected, string.Join(" | ", SpecSchema.Validate(document).Errors));
    }
}
