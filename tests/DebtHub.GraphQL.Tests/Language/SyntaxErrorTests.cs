using DebtHub.GraphQL.Language;

namespace DebtHub.GraphQL.Tests.Language;

/// <summary>Syntax errors worded and located exactly as graphql-js 16.15 reports them (vectors captured from its parse()).</summary>
public sealed class SyntaxErrorTests
{
    public static TheoryData<string, string, int, int> GraphQLJsErrors => new()
    {
        { "{", "Syntax Error: Expected Name, found <EOF>.", 1, 2 },
        { "{ a ? }", "Syntax Error: Unexpected character: \"?\".", 1, 5 },
        { "{ }", "Syntax Error: Expected Name, found \"}\".", 1, 3 },
        { "{ a(x: \"abc", "Syntax Error: Unterminated string.", 1, 12 },
        { "{ a(x: 'x') }", "Syntax Error: Unexpected single quote character ('), did you mean to use a double quote (\")?", 1, 8 },
        { "{ a(x: 01) }", "Syntax Error: Invalid number, unexpected digit after 0: \"1\".", 1, 9 },
        { "query Q($a: Int = $b) { a }", "Syntax Error: Unexpected variable \"$b\" in constant value.", 1, 19 },
        { "enum E { true }", "Syntax Error: Name \"true\" is reserved and cannot be used for an enum value.", 1, 10 },
        { "extend type A", "Syntax Error: Unexpected <EOF>.", 1, 14 },
        { "{ a(x: \"\\uD800\") }", "Syntax Error: Invalid Unicode escape sequence: \"\\uD800\".", 1, 9 },
        { "{ a(x: 1.) }", "Syntax Error: Invalid number, expected digit but got: \")\".", 1, 10 },
        { "{ a(x: 1.5e) }", "Syntax Error: Invalid number, expected digit but got: \")\".", 1, 12 },
        { "{ a(x: \"\\q\") }", "Syntax Error: Invalid character escape sequence: \"\\q\".", 1, 9 },
        { "{ a(x: \"\\u{110000}\") }", "Syntax Error: Invalid Unicode escape sequence: \"\\u{110000}\".", 1, 9 },
        { "query { ...on }", "Syntax Error: Expected Name, found \"}\".", 1, 15 },
        { "fragment on on T { a }", "Syntax Error: Unexpected Name \"on\".", 1, 10 },
        { "query\n  Q(\n$a: [Int!) { a }", "Syntax Error: Expected \"]\", found \")\".", 3, 10 },
        { "type T { a: String }\n extend", "Syntax Error: Unexpected <EOF>.", 2, 8 },
        { "directive @d on FIELD | NOPE", "Syntax Error: Unexpected Name \"NOPE\".", 1, 25 },
        { "{ a(x: $) }", "Syntax Error: Expected Name, found \")\".", 1, 9 },
        { "query Q($a: Int = {a: $b}) { a }", "Syntax Error: Unexpected variable \"$b\" in constant value.", 1, 23 },
        { "{ a }\n\n  }", "Syntax Error: Unexpected \"}\".", 3, 3 },
        { "{ é: a }", "Syntax Error: Unexpected character: U+00E9.", 1, 3 },
        { "{ a(x: \"é\" b: ?) }", "Syntax Error: Unexpected character: \"?\".", 1, 15 },
        { "{ a(x: 1e2.) }", "Syntax Error: Invalid number, expected digit but got: \".\".", 1, 11 },
        { "{ a(x: \"\"\"abc) }", "Syntax Error: Unterminated string.", 1, 17 },
        { "mutation: { a }", "Syntax Error: Expected \"{\", found \":\".", 1, 9 },
        { "subscription S { a } query", "Syntax Error: Expected \"{\", found <EOF>.", 1, 27 },
        { "scalar", "Syntax Error: Expected Name, found <EOF>.", 1, 7 },
        { "schema { query: Q }\n extend schema", "Syntax Error: Unexpected <EOF>.", 2, 15 },
        { "{ a(x: -) }", "Syntax Error: Invalid number, expected digit but got: \")\".", 1, 9 },
        { "{ a(x: -a) }", "Syntax Error: Invalid number, expected digit but got: \"a\".", 1, 9 },
        { "{ a(b: \"x\" c: \"\"\"y\"\"\" d) }", "Syntax Error: Expected \":\", found \")\".", 1, 24 },
        { "{ a.b }", "Syntax Error: Unexpected character: \".\".", 1, 4 },
        { "input I { a: Int = $x }", "Syntax Error: Unexpected variable \"$x\" in constant value.", 1, 20 },
        { "union U = | A | B\nunion V = ", "Syntax Error: Expected Name, found <EOF>.", 2, 11 },
        { "\"desc\" { a }", "Syntax Error: Unexpected description, descriptions are not supported on shorthand queries.", 1, 1 },
        { "", "Syntax Error: Unexpected <EOF>.", 1, 1 },
        { "# only a comment", "Syntax Error: Unexpected <EOF>.", 1, 17 },
        { "{ a(x: \"\\u{}\") }", "Syntax Error: Invalid Unicode escape sequence: \"\\u{}\".", 1, 9 },
        { "{ a(x: \"\\uDE00\\uD83D\") }", "Syntax Error: Invalid Unicode escape sequence: \"\\uDE00\".", 1, 9 },
        { "{ 😀 }", "Syntax Error: Unexpected character: U+1F600.", 1, 3 },
        { "{ a(x: \"😀\" y: ?) }", "Syntax Error: Unexpected character: \"?\".", 1, 16 },
        { "type T { a(x: Int): }", "Syntax Error: Expected Name, found \"}\".", 1, 21 },
        { "{ a(x: \"line\nbreak\") }", "Syntax Error: Unterminated string.", 1, 13 },
    };

    [Theory]
    [MemberData(nameof(GraphQLJsErrors))]
    public void Syntax_errors_match_graphql_js_message_and_location(string document, string message, int line, int column)
    {
        var error = Assert.Throws<GraphQLSyntaxException>(() => GraphQLParser.Parse(document));

        Assert.Equal(message, error.Message);
        Assert.Equal(new SourceLocation(line, column), error.Location);
    }
}
