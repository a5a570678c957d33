using DebtHub.GraphQL.Language;

namespace DebtHub.GraphQL.Tests.Language;

/// <summary>The expected texts in Fixtures/*.printed.graphql were produced by graphql-js 16.15's print(parse(x)).</summary>
public sealed class PrinterTests
{
    [Theory]
    [InlineData("kitchen")]
    [InlineData("sdl")]
    public void Printing_matches_graphql_js_print_of_the_same_document(string fixture)
    {
        var source = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Language", "Fixtures", fixture + ".graphql"));
        var expected = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Language", "Fixtures", fixture + ".printed.graphql"));

        Assert.Equal(expected, Printer.Print(GraphQLParser.Parse(source)));
    }

    [Theory]
    [InlineData("kitchen")]
    [InlineData("sdl")]
    public void Parse_print_parse_is_stable(string fixture)
    {
        var source = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Language", "Fixtures", fixture + ".graphql"));

        var once = Printer.Print(GraphQLParser.Parse(source));
        var twice = Printer.Print(GraphQLParser.Parse(once));

        Assert.Equal(once, twice);
    }

    [Theory]
    [InlineData("a\u0001b\"c\\d\u007F", "\"a\\u0001b\\\"c\\\\d\\u007F\"")]
    [InlineData("tab\tnewline\n", "\"tab\\tnewline\\n\"")]
    public void Strings_print_with_graphql_js_escapes(string value, string printed)
    {
        Assert.Equal(printed, Printer.PrintString(value));
    }

    [Theory]
    [InlineData("simple")]
    [InlineData("  leading space")]
    [InlineData("multi\nline\n  indented")]
    [InlineData("ends with quote\"")]
    [InlineData("has \"\"\" triple")]
    [InlineData("ends with slash\\")]
    public void Block_strings_print_so_they_read_back_to_the_same_value(string value)
    {
        var printed = Printer.Print(new DebtHub.GraphQL.Language.Ast.StringValueNode(default, value, block: true));

        var reparsed = Assert.IsType<DebtHub.GraphQL.Language.Ast.StringValueNode>(GraphQLParser.ParseValue(printed));
        Assert.Equal(value, reparsed.Value);
    }
}
