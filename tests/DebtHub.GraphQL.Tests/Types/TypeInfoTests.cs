using DebtHub.GraphQL.Language;
using DebtHub.GraphQL.Language.Ast;
using DebtHub.GraphQL.Tests.Validation;
using DebtHub.GraphQL.Types;

namespace DebtHub.GraphQL.Tests.Types;

public sealed class TypeInfoTests
{
    [Fact]
    public void Walking_a_document_tracks_parent_types_field_definitions_and_input_types()
    {
        var document = GraphQLParser.Parse("query ($c: DogCommand!) { dog { doesKnowCommand(dogCommand: $c) } searchDog(by: {name: \"x\"}) { name } }");
        var typeInfo = new TypeInfo(SpecSchema.Schema);
        var seen = new List<string>();

        void Walk(SyntaxNode node)
        {
            typeInfo.Enter(node);
            switch (node)
            {
                case FieldNode field:
                    seen.Add($"{typeInfo.ParentType?.Name}.{field.Name.Value}: {typeInfo.Type}");
                    break;
                case VariableNode variable:
                    seen.Add($"${variable.Name.Value} expects {typeInfo.InputType}");
                    break;
                case StringValueNode:
                    seen.Add($"string in {typeInfo.ParentInputType} expects {typeInfo.InputType}");
                    break;
            }

            foreach (var child in Children(node))
            {
                Walk(child);
            }

            typeInfo.Leave(node);
        }

        Walk(document);

        Assert.Equal(
        [
            "$c expects DogCommand!",
            "QueryRoot.dog: Dog",
            "Dog.doesKnowCommand: Boolean!",
            "$c expects DogCommand!",
            "QueryRoot.searchDog: Dog",
            "string in DogFilter expects String",
            "Dog.name: String!",
        ], seen);
    }

    [Fact]
    public void Meta_fields_resolve_on_the_query_root_and_typename_everywhere()
    {
        var schema = SpecSchema.Schema;

        Assert.Same(schema.SchemaField, TypeInfo.GetFieldDefinition(schema, schema.Query, "__schema"));
        Assert.Null(TypeInfo.GetFieldDefinition(schema, schema.GetType("Dog")!, "__schema"));
        Assert.Same(schema.TypeNameField, TypeInfo.GetFieldDefinition(schema, schema.GetType("CatOrDog")!, "__typename"));
    }

    private static IEnumerable<SyntaxNode> Children(SyntaxNode node) => node switch
    {
        DocumentNode d => d.Definitions,
        OperationDefinitionNode o => [.. o.VariableDefinitions, o.SelectionSet],
        VariableDefinitionNode v => [v.Variable],
        SelectionSetNode s => s.Selections,
        FieldNode f => [.. f.Arguments, .. f.SelectionSet is null ? Array.Empty<SyntaxNode>() : [f.SelectionSet]],
        ArgumentNode a => [a.Value],
        ObjectValueNode ov => ov.Fields,
        ObjectFieldNode of => [of.Value],
        _ => [],
    };
}
