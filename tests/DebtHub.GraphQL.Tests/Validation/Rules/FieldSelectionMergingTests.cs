namespace DebtHub.GraphQL.Tests.Validation.Rules;

/// <summary>Field Selection Merging: expected messages and locations are graphql-js 16.15's on the same documents ("" = valid).</summary>
public sealed class FieldSelectionMergingTests
{
    [Theory]
    [InlineData("{ dog { name name } }", "")]
    [InlineData("{ dog { name: nickname name } }", "Fields \"name\" conflict because \"nickname\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional. @ 1:9 1:24")]
    [InlineData("{ dog { doesKnowCommand(dogCommand: SIT) doesKnowCommand(dogCommand: HEEL) } }", "Fields \"doesKnowCommand\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional. @ 1:9 1:42")]
    [InlineData("{ pet { ... on Dog { x: nickname } ... on Cat { x: meowVolume } } }", "Fields \"x\" conflict because they return conflicting types \"String\" and \"Int\". Use different aliases on the fields to fetch both if this was intentional. @ 1:22 1:49")]
    [InlineData("{ dog { owner { x: name } owner { x: iq } } }", "Fields \"owner\" conflict because subfields \"x\" conflict because \"name\" and \"iq\" are different fields. Use different aliases on the fields to fetch both if this was intentional. @ 1:9 1:17 1:27 1:35")]
    [InlineData("{ catOrDog { ... on Dog { x: name } ... on Cat { x: nickname } } }", "Fields \"x\" conflict because they return conflicting types \"String!\" and \"String\". Use different aliases on the fields to fetch both if this was intentional. @ 1:27 1:50")]
    public void Documents_get_graphql_js_errors(string document, string expected)
    {
        Assert.Equal(expected, string.Join(" | ", SpecSchema.Validate(document).Errors));
    }
}
