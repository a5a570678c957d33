namespace DebtHub.GraphQL.Tests.Validation.Rules;

/// <summary>Input Object Required Fields: expected messages and locations are graphql-js 16.15's on the same documents ("" = valid).</summary>
public sealed class InputObjectRequiredFieldsTests
{
    [Theory]
    [InlineData("{ complicatedArgs { complexArgField(complexArg: {requiredField: true}) } }", "")]
    [InlineData("{ complicatedArgs { complexArgField(complexArg: {intField: 4}) } }", "Field \"ComplexInput.requiredField\" of required type \"Boolean!\" was not provided. @ 1:49")]
    public void Documents_get_graphql_js_errors(string document, string expected)
    {
        Assert.Equal(expected, string.Join(" | ", SpecSchema.Validate(document).Errors));
    }
}
