using DebtHub.GraphQL.Types;

namespace DebtHub.GraphQL.Tests.Types;

/// <summary>Type-system validation: messages and SDL locations as graphql-js 16.15's buildSchema + validateSchema report them.</summary>
public sealed class SchemaValidationTests
{
    /// <summary>SDL and the expected errors, "message @ line:column ..." joined by " | " (empty: valid).</summary>
    public static TheoryData<string, string> GraphQLJsSchemaErrors => new()
    {
        { "type Query { a: Int }\ninterface I { f(x: Int): String }\ntype T implements I { f: String }", "Interface field argument I.f(x:) expected but T.f does not provide it. @ 2:17 3:23" },
        { "type Query { a: Int }\ninterface I { f: String }\ntype T implements I { f: Int }", "Interface field I.f expects type String but T.f is type Int. @ 2:18 3:26" },
        { "type Query { a: Int }\ninterface I { f: String }\ntype T implements I { g: String }", "Interface field I.f expected but T does not provide it. @ 2:15 3:1" },
        { "type Query { a: Int }\ninput A { b: B! }\ninput B { a: A! }", "Cannot reference Input Object \"A\" within itself through a series of non-null fields: \"b.a\". @ 2:11 3:11" },
        { "type Query { a: Int }\ninput O @oneOf { a: Int! b: String = \"x\" }", "OneOf input field O.a must be nullable. @ 2:21 | OneOf input field O.b cannot have a default value. @ 2:26" },
        { "type Query { a(x: Int! @deprecated): Int }", "Required argument Query.a(x:) cannot be deprecated. @ 1:24 1:19" },
        { "type Query { a: Int }\nunion U = Query | I\ninterface I { a: Int }", "Union type U can only include Object types, it cannot include I. @ 2:19" },
        { "type Query { a: Int }\nenum E", "Enum type E must define one or more values. @ 2:1" },
        { "type Query { __a: Int }", "Name \"__a\" must not begin with \"__\", which is reserved by GraphQL introspection. @ 1:14" },
        { "type Query { a: Int }\ninterface I implements J { a: Int }\ninterface J implements I { a: Int }", "Type I cannot implement J because it would create a circular reference. @ 3:24 2:24 | Type J cannot implement I because it would create a circular reference. @ 2:24 3:24" },
        { "type Query { a: Int }\ninterface A { a: Int }\ninterface B implements A { a: Int }\ntype T implements B { a: Int }", "Type T must implement A because it is implemented by B. @ 3:24 4:19" },
        { "schema { query: I } interface I { a: Int }", "Query root type must be Object type, it cannot be I. @ 1:17" },
        { "type Query { a: Int }\ninterface I { f(x: Int): String }\ntype T implements I { f(x: Int, y: Int!): String }", "Object field T.f includes required argument y that is missing from the Interface field I.f. @ 3:33 2:15" },
        { "type Query { a: Int }\ninterface I { f(x: Int): String }\ntype T implements I { f(x: String): String }", "Interface field argument I.f(x:) expects type Int but T.f(x:) is type String. @ 2:20 3:28" },
        { "type Query { a: Int }\ninput I { a: Query }", "The type of I.a must be Input Type but got: Query. @ 2:14" },
        { "type Query { a(x: Query): Int }", "The type of Query.a(x:) must be Input Type but got: Query. @ 1:19" },
        { "type Mutation { a: Int }", "Query root type must be provided. @ " },
        { "type Query { a: Int }\ninput In { a: Int! @deprecated }", "Required input field In.a cannot be deprecated. @ 2:20 2:15" },
        { "type Query { a: Int }\ninput Empty", "Input Object type Empty must define one or more fields. @ 2:1" },
        { "type Query { a: Int }\ntype Empty", "Type Empty must define one or more fields. @ 2:1" },
        { "type Query { a: Int }\nunion U", "Union type U must define one or more member types. @ 2:1" },
        { "type Query { a: Int }\ninterface I { f: [I] }\ntype T implements I { f: [T!]! }", "" },
        { "type Query { a: Int }\ninterface I { f: [I] }\ntype T implements I { f: T }", "Interface field I.f expects type [I] but T.f is type T. @ 2:18 3:26" },
        { "type Query { a: Int }\ndirective @d(x: Query) on FIELD", "The type of @d(x:) must be Input Type but got: Query. @ 2:14" },
    };

    [Theory]
    [MemberData(nameof(GraphQLJsSchemaErrors))]
    public void Invalid_schemas_are_rejected_with_graphql_js_messages_and_locations(string sdl, string expected)
    {
        string actual;
        try
        {
            SchemaBuilder.FromSdl(sdl).Build();
            actual = string.Empty;
        }
        catch (SchemaValidationException exception)
        {
            actual = string.Join(" | ", exception.Errors.Select(e => e.Message + " @ " + string.Join(" ", e.Locations.Select(l => $"{l.Line}:{l.Column}"))));
        }

        Assert.Equal(expected, actual);
    }

    [Theory]
    [InlineData("type Query { a: Nope }", "Unknown type \"Nope\".")]
    [InlineData("type Query { a: Int }\ntype Query { b: Int }", "There can be only one type named \"Query\".")]
    [InlineData("type Query { a: Int @nope }", "Unknown directive \"@nope\".")]
    [InlineData("type Query { a: Int }\nextend type Nope { b: Int }", "Cannot extend type \"Nope\" because it is not defined.")]
    [InlineData("scalar S\ntype Query { a: S }\nextend type S @deprecated", "Cannot extend non-object type \"S\".")]
    [InlineData("type Query { a: Int a: String }", "Field \"Query.a\" can only be defined once.")]
    [InlineData("type Query { a: Int @deprecated @deprecated }", "The directive \"@deprecated\" can only be used once at this location.")]
    [InlineData("type Query { a: Int @deprecated(reson: \"x\") }", "Unknown argument \"reson\" on directive \"@deprecated\". Did you mean \"reason\"?")]
    [InlineData("scalar Url @specifiedBy\ntype Query { a: Url }", "Directive \"@specifiedBy\" argument \"url\" of type \"String!\" is required, but it was not provided.")]
    public void Invalid_sdl_is_rejected_before_types_are_built(string sdl, string expectedFirstMessage)
    {
        var exception = Assert.Throws<SchemaValidationException>(() => SchemaBuilder.FromSdl(sdl).Build());

        Assert.Equal(expectedFirstMessage, exception.Errors[0].Message);
    }
}
