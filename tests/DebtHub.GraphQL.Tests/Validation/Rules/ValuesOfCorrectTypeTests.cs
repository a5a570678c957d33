namespace DebtHub.GraphQL.Tests.Validation.Rules;

/// <summary>Values of Correct Type: expected messages and locations are graphql-js 16.15's on the same documents ("" = valid).</summary>
public sealed class ValuesOfCorrectTypeTests
{
    [Theory]
    [InlineData("{ arguments { intArgField(intArg: 1) } }", "")]
    [InlineData("{ arguments { intArgField(intArg: \"123\") } }", "Int cannot represent non-integer value: \"123\" @ 1:35")]
    [InlineData("{ complicatedArgs { enumArgField(enumArg: JUGGLE) } }", "Value \"JUGGLE\" does not exist in \"DogCommand\" enum. @ 1:43")]
    [InlineData("{ complicatedArgs { nonNullIntArgField(nonNullIntArg: null) } }", "Expected value of type \"Int!\", found null. @ 1:55")]
    [InlineData("{ searchDog(by: {name: \"a\", barkVolume: 1}) { name } }", "OneOf Input Object \"DogFilter\" must specify exactly one key. @ 1:17")]
    [InlineData("{ complicatedArgs { complexArgField(complexArg: \"notAnObject\") } }", "Expected value of type \"ComplexInput\", found \"notAnObject\". @ 1:49")]
    public void Documents_get_graphql_js_errors(string document, string expected)
    {
        Assert.Equal(expected, string.Join(" | ", SpecSchema.Validate(document).Errors));
    }
}
