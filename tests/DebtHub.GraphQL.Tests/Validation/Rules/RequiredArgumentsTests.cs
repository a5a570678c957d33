namespace DebtHub.GraphQL.Tests.Validation.Rules;

/// <summary>Required Arguments: expected messages and locations are graphql-js 16.15's on the same documents ("" = valid).</summary>
public sealed class RequiredArgumentsTests
{
    [Theory]
    [InlineData("{ arguments { optionalNonNullBooleanArgField } }", "")]
    [InlineData("{ arguments { multipleRequirements(x: 1) } }", "Field \"multipleRequirements\" argument \"y\" of type \"Int!\" is required, but it was not provided. @ 1:15")]
    [InlineData("{ dog { doesKnowCommand } }", "Field \"doesKnowCommand\" argument \"dogCommand\" of type \"DogCommand!\" is required, but it was not provided. @ 1:9")]
    [InlineData("{ dog { name @include } }", "Directive \"@include\" argument \"if\" of type \"Boolean!\" is required, but it was not provided. @ 1:14")]
    public void Documents_get_graphql_js_errors(string document, string expected)
    {
        Assert.Equal(expected, string.Join(" | ", SpecSchema.Validate(document).Errors));
    }
}
