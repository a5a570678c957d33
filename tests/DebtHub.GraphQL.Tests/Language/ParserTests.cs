using DebtHub.GraphQL.Language;
using DebtHub.GraphQL.Language.Ast;

namespace DebtHub.GraphQL.Tests.Language;

public sealed class ParserTests
{
    [Fact]
    public void A_query_parses_into_operation_fields_arguments_and_fragments()
    {
        var document = GraphQLParser.Parse("""
            query Q($id: ID! = "1" @dir) @op {
              me: user(id: $id, filter: {tags: ["a", B], ok: true, none: null, n: -1.5e3}) @include(if: $x) {
                ...F
                ... on Admin { level }
              }
            }
            fragment F on User { name }
            """);

        var operation = Assert.IsType<OperationDefinitionNode>(document.Definitions[0]);
        Assert.Equal(OperationType.Query, operation.Operation);
        Assert.Equal("Q", operation.Name!.Value);
        var variable = Assert.Single(operation.VariableDefinitions);
        Assert.Equal("[ID]", "[" + variable.Type.NamedType.Name.Value + "]");
        Assert.IsType<NonNullTypeNode>(variable.Type);
        Assert.Equal("1", Assert.IsType<StringValueNode>(variable.DefaultValue).Value);
        var field = Assert.IsType<FieldNode>(Assert.Single(operation.SelectionSet.Selections));
        Assert.Equal("me", field.ResponseKey);
        Assert.Equal("user", field.Name.Value);
        var filter = Assert.IsType<ObjectValueNode>(field.Arguments[1].Value);
        Assert.Equal(["tags", "ok", "none", "n"], filter.Fields.Select(f => f.Name.Value));
        Assert.IsType<EnumValueNode>(Assert.IsType<ListValueNode>(filter.Fields[0].Value).Values[1]);
        Assert.True(Assert.IsType<BooleanValueNode>(filter.Fields[1].Value).Value);
        Assert.IsType<NullValueNode>(filter.Fields[2].Value);
        Assert.Equal("-1.5e3", Assert.IsType<FloatValueNode>(filter.Fields[3].Value).Value);
        Assert.IsType<FragmentSpreadNode>(field.SelectionSet!.Selections[0]);
        Assert.Equal("Admin", Assert.IsType<InlineFragmentNode>(field.SelectionSet.Selections[1]).TypeCondition!.Name.Value);
        Assert.Equal("User", Assert.IsType<FragmentDefinitionNode>(document.Definitions[1]).TypeCondition.Name.Value);
    }

    [Fact]
    public void Type_system_documents_parse_definitions_extensions_descriptions_and_repeatable_directives()
    {
        var document = GraphQLParser.Parse("""
            "The root" schema { query: Q }
            interface Node implements Entity & Thing { id: ID! }
            union U = | A | B
            directive @tag(name: String!) repeatable on OBJECT | FIELD_DEFINITION
            extend type Q implements Node @tag(name: "x")
            input In @oneOf { a: Int b: String = "x" @deprecated }
            """);

        Assert.Equal("The root", Assert.IsType<SchemaDefinitionNode>(document.Definitions[0]).Description!.Value);
        Assert.Equal(["Entity", "Thing"], Assert.IsType<InterfaceTypeDefinitionNode>(document.Definitions[1]).Interfaces.Select(i => i.Name.Value));
        Assert.Equal(2, Assert.IsType<UnionTypeDefinitionNode>(document.Definitions[2]).Types.Count);
        var directive = Assert.IsType<DirectiveDefinitionNode>(document.Definitions[3]);
        Assert.True(directive.Repeatable);
        Assert.Equal(["OBJECT", "FIELD_DEFINITION"], directive.Locations.Select(l => l.Value));
        var extension = Assert.IsType<ObjectTypeExtensionNode>(document.Definitions[4]);
        Assert.True(extension.IsExtension);
        Assert.Equal("oneOf", Assert.IsType<InputObjectTypeDefinitionNode>(document.Definitions[5]).Directives[0].Name.Value);
    }

    [Fact]
    public void Descriptions_on_operations_fragments_and_variables_are_accepted_as_graphql_js_16_15_does()
    {
        var document = GraphQLParser.Parse("\"op\" query Q(\"v\" $a: Int) { a } \"frag\" fragment F on T { a }");

        var operation = Assert.IsType<OperationDefinitionNode>(document.Definitions[0]);
        Assert.Equal("op", operation.Description!.Value);
        Assert.Equal("v", operation.VariableDefinitions[0].Description!.Value);
        Assert.Equal("frag", Assert.IsType<FragmentDefinitionNode>(document.Definitions[1]).Description!.Value);
    }

    [Theory]
    [InlineData("\"\\u{1F600}\"", "\U0001F600")]
    [InlineData("\"\\uD83D\\uDE00\"", "\U0001F600")]
    [InlineData("\"\\u00e9\\n\\t\\\"\\\\\\/\"", "é\n\t\"\\/")]
    [InlineData("\"unicode é 😀 as is\"", "unicode é 😀 as is")]
    public void String_escapes_decode_to_the_characters_they_name(string literal, string expected)
    {
        var value = Assert.IsType<StringValueNode>(GraphQLParser.ParseValue(literal));

        Assert.Equal(expected, value.Value);
    }

    [Theory]
    [InlineData("\"\"\"\n    Hello,\n      World!\n\n    Yours,\n      GraphQL.\n  \"\"\"", "Hello,\n  World!\n\nYours,\n  GraphQL.")]
    [InlineData("\"\"\"  first line keeps its indent\n    next\"\"\"", "  first line keeps its indent\nnext")]
    [InlineData("\"\"\"contains \\\"\"\" escaped\"\"\"", "contains \"\"\" escaped")]
    [InlineData("\"\"\"\r\n\t tabs\r\n\t and crlf\r\n\"\"\"", "tabs\nand crlf")]
    [InlineData("\"\"\"   \n\n  \"\"\"", "")]
    public void Block_strings_are_dedented_with_the_spec_algorithm(string literal, string expected)
    {
        var value = Assert.IsType<StringValueNode>(GraphQLParser.ParseValue(literal));

        Assert.True(value.Block);
        Assert.Equal(expected, value.Value);
    }

    [Fact]
    public void Byte_order_mark_commas_and_comments_are_ignored()
    {
        var document = GraphQLParser.Parse("\uFEFF# leading comment\n{ a,,, b # trailing\n, c }");

        var operation = Assert.IsType<OperationDefinitionNode>(Assert.Single(document.Definitions));
        Assert.Equal(["a", "b", "c"], operation.SelectionSet.Selections.Cast<FieldNode>().Select(f => f.Name.Value));
    }

    [Fact]
    public void Node_locations_count_columns_in_utf16_units_after_non_ascii_text()
    {
        var document = GraphQLParser.Parse("{ a(x: \"é😀\") b }\r\n{ c }");

        var operation = (OperationDefinitionNode)document.Definitions[0];
        var b = operation.SelectionSet.Selections[1];
        Assert.Equal(new SourceLocation(1, 15), b.Location.StartLocation);
        var second = (OperationDefinitionNode)document.Definitions[1];
        Assert.Equal(new SourceLocation(2, 3), second.SelectionSet.Selections[0].Location.StartLocation);
    }

    [Fact]
    public void A_document_with_more_tokens_than_allowed_fails_fast()
    {
        var document = "{ " + string.Concat(Enumerable.Repeat("a ", 200)) + "}";

        var error = Assert.Throws<GraphQLSyntaxException>(() => GraphQLParser.Parse(document, new ParserOptions { MaxTokens = 100 }));

        Assert.Equal("Syntax Error: Document contains more than 100 tokens. Parsing aborted.", error.Message);
    }

    [Fact]
    public void Deeply_nested_selections_fail_with_a_depth_error_instead_of_overflowing_the_stack()
    {
        var document = string.Concat(Enumerable.Repeat("{ a ", 100_000)) + string.Concat(Enumerable.Repeat("}", 100_000));

        var error = Assert.Throws<GraphQLSyntaxException>(() => GraphQLParser.Parse(document, new ParserOptions { MaxTokens = 1_000_000 }));

        Assert.Equal("Syntax Error: Document nesting depth exceeds 128. Parsing aborted.", error.Message);
    }

    [Fact]
    public void Deeply_nested_list_values_fail_with_a_depth_error()
    {
        var document = "{ a(x: " + new string('[', 5000) + new string(']', 5000) + ") }";

        var error = Assert.Throws<GraphQLSyntaxException>(() => GraphQLParser.Parse(document));

        Assert.StartsWith("Syntax Error: Document nesting depth exceeds", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Type_references_parse_lists_and_non_null_wrappers()
    {
        var type = GraphQLParser.ParseType("[[Int!]]!");

        Assert.Equal("[[Int!]]!", Printer.Print(type));
        Assert.Equal("Int", type.NamedType.Name.Value);
    }
}
