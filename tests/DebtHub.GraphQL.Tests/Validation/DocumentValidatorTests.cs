using DebtHub.GraphQL.Language;
using DebtHub.GraphQL.Types;
using DebtHub.GraphQL.Validation;

namespace DebtHub.GraphQL.Tests.Validation;

public sealed class DocumentValidatorTests
{
    [Fact]
    public void Validation_stops_after_one_hundred_errors_with_graphql_js_message()
    {
        var document = "{ dog { " + string.Join(" ", Enumerable.Range(0, 150).Select(i => "unknown" + i)) + " } }";

        var errors = DocumentValidator.Validate(SpecSchema.Schema, GraphQLParser.Parse(document));

        Assert.Equal(101, errors.Count);
        Assert.Equal("Too many validation errors, error limit reached. Validation aborted.", errors[^1].Message);
        Assert.Empty(errors[^1].Locations);
    }

    [Fact]
    public void An_operation_whose_root_type_the_schema_lacks_is_rejected_per_the_2025_spec()
    {
        var schema = SchemaBuilder.FromSdl("type Query { a: Int }").Build();

        var errors = DocumentValidator.Validate(schema, GraphQLParser.Parse("mutation { a }"));

        var error = Assert.Single(errors);
        Assert.Equal("The mutation operation is not supported by the schema.", error.Message);
        Assert.Equal(new SourceLocation(1, 1), error.Locations[0]);
    }

    [Fact]
    public void The_full_introspection_query_is_valid()
    {
        var errors = DocumentValidator.Validate(SpecSchema.Schema, GraphQLParser.Parse(IntrospectionQuery.Text));

        Assert.Empty(errors);
    }

    [Fact]
    public void Seven_hundred_repeated_fields_merge_without_errors()
    {
        var document = GraphQLParser.Parse("{ dog { " + string.Join(" ", Enumerable.Repeat("name", 700)) + " } }");

        Assert.Empty(DocumentValidator.Validate(SpecSchema.Schema, document));
    }

    [Fact]
    public void A_hostile_merge_workload_is_aborted_like_graphql_js_does()
    {
        // 2000 identical fields and 200 fragments exceed graphql-js 16.15's comparison budget; it answers "Validation aborted."
        var fields = string.Join(" ", Enumerable.Repeat("name", 2000));
        var fragments = string.Join(" ", Enumerable.Range(0, 200).Select(i => $"...F{i}"));
        var definitions = string.Join(" ", Enumerable.Range(0, 200).Select(i => $"fragment F{i} on Dog {{ name nickname }}"));
        var document = GraphQLParser.Parse($"{{ dog {{ {fields} {fragments} }} }} {definitions}");

        var error = Assert.Single(DocumentValidator.Validate(SpecSchema.Schema, document));

        Assert.Equal("Validation aborted.", error.Message);
    }
}
