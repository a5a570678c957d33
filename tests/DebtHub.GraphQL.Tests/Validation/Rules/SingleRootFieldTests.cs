namespace DebtHub.GraphQL.Tests.Validation.Rules;

/// <summary>Single Root Field: expected messages and locations are graphql-js 16.15's on the same documents ("" = valid).</summary>
public sealed class SingleRootFieldTests
{
    [Theory]
    [InlineData("subscription S { newDog { name } }", "")]
    [InlineData("subscription S { newDog { name } disallowedSecondRootField }", "Subscription \"S\" must select only one top level field. @ 1:34")]
    [InlineData("subscription { ...F } fragment F on SubscriptionRoot { newDog { name } disallowedSecondRootField }", "Anonymous Subscription must select only one top level field. @ 1:72")]
    [InlineData("subscription S { __typename }", "Subscription \"S\" must not select an introspection top level field. @ 1:18")]
    public void Documents_get_graphql_js_errors(string document, string expected)
    {
        Assert.Equal(expected, string.Join(" | ", SpecSchema.Validate(document).Errors));
    }
}
