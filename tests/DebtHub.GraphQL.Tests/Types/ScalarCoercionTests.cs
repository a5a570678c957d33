using DebtHub.GraphQL.Language;
using DebtHub.GraphQL.Types;

namespace DebtHub.GraphQL.Tests.Types;

/// <summary>Built-in scalar coercion with graphql-js 16's rules and messages.</summary>
public sealed class ScalarCoercionTests
{
    [Theory]
    [InlineData("Int", "1.5", "Int cannot represent non-integer value: 1.5")]
    [InlineData("Int", "2147483648", "Int cannot represent non 32-bit signed integer value: 2147483648")]
    [InlineData("Int", "\"1\"", "Int cannot represent non-integer value: \"1\"")]
    [InlineData("Float", "\"1\"", "Float cannot represent non numeric value: \"1\"")]
    [InlineData("String", "1", "String cannot represent a non string value: 1")]
    [InlineData("Boolean", "1", "Boolean cannot represent a non boolean value: 1")]
    [InlineData("ID", "1.5", "ID cannot represent a non-string and non-integer value: 1.5")]
    [InlineData("String", "ENUM", "String cannot represent a non string value: ENUM")]
    public void Invalid_literals_are_rejected_with_graphql_js_messages(string scalar, string literal, string message)
    {
        var type = BuiltInScalars.Get(scalar)!;

        var error = Assert.Throws<ScalarCoercionException>(() => type.ParseLiteral(GraphQLParser.ParseValue(literal)));

        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void Valid_literals_coerce_to_clr_values()
    {
        Assert.Equal(-7, BuiltInScalars.Int.ParseLiteral(GraphQLParser.ParseValue("-7")));
        Assert.Equal(3.0, BuiltInScalars.Float.ParseLiteral(GraphQLParser.ParseValue("3")));
        Assert.Equal("42", BuiltInScalars.ID.ParseLiteral(GraphQLParser.ParseValue("42")));
        Assert.Equal(true, BuiltInScalars.Boolean.ParseLiteral(GraphQLParser.ParseValue("true")));
    }

    [Fact]
    public void Variable_values_follow_the_json_input_rules()
    {
        Assert.Equal(4, BuiltInScalars.Int.ParseValue(4.0));
        Assert.Equal("12", BuiltInScalars.ID.ParseValue(12L));
        Assert.Equal("Int cannot represent non 32-bit signed integer value: 3000000000", Assert.Throws<ScalarCoercionException>(() => BuiltInScalars.Int.ParseValue(3000000000L)).Message);
        Assert.Equal("String cannot represent a non string value: true", Assert.Throws<ScalarCoercionException>(() => BuiltInScalars.String.ParseValue(true)).Message);
        Assert.Equal("Boolean cannot represent a non boolean value: \"true\"", Assert.Throws<ScalarCoercionException>(() => BuiltInScalars.Boolean.ParseValue("true")).Message);
    }

    [Fact]
    public void Results_serialize_like_graphql_js()
    {
        Assert.Equal(1, BuiltInScalars.Int.Serialize(true));
        Assert.Equal(5, BuiltInScalars.Int.Serialize("5"));
        Assert.Equal("true", BuiltInScalars.String.Serialize(true));
        Assert.Equal("1.5", BuiltInScalars.String.Serialize(1.5));
        Assert.Equal(false, BuiltInScalars.Boolean.Serialize(0));
        Assert.Equal("7", BuiltInScalars.ID.Serialize(7));
        Assert.Equal("Int cannot represent non-integer value: 1.5", Assert.Throws<ScalarCoercionException>(() => BuiltInScalars.Int.Serialize(1.5)).Message);
        Assert.Equal("ID cannot represent value: true", Assert.Throws<ScalarCoercionException>(() => BuiltInScalars.ID.Serialize(true)).Message);
    }
}
