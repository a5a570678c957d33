using System.Text.Json;
using System.Text.Json.Nodes;
using DebtHub.GraphQL.Language.Ast;
using DebtHub.GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace DebtHub.GraphQL.Tests.Types;

public sealed class SchemaBuildingTests
{
    private const string Sdl = """
        "The library"
        schema { query: Query }
        type Query { books(first: Int = 10): [Book!]! node(id: ID!): Node search: SearchResult }
        interface Node { id: ID! }
        interface Entity implements Node { id: ID! name: String }
        type Book implements Node & Entity @key(fields: "id") @key(fields: "isbn") {
          id: ID!
          name: String
          title: String! @deprecated(reason: "Use name")
          genre: Genre
        }
        type Author implements Node & Entity { id: ID! name: String }
        union SearchResult = Book | Author
        enum Genre { FICTION NON_FICTION @deprecated }
        input BookFilter @oneOf { title: String genre: Genre }
        scalar Url @specifiedBy(url: "https://url.spec.whatwg.org/")
        directive @key(fields: String!) repeatable on OBJECT | INTERFACE
        extend type Query { url: Url }
        extend enum Genre { POETRY }
        """;

    [Fact]
    public void Sdl_builds_types_with_extensions_interfaces_unions_and_directives()
    {
        var schema = SchemaBuilder.FromSdl(Sdl).Build();

        Assert.Equal("Query", schema.Query.Name);
        Assert.Equal(["books", "node", "search", "url"], schema.Query.Fields.Select(f => f.Name));
        var book = Assert.IsType<ObjectType>(schema.GetType("Book"));
        Assert.Equal(["Node", "Entity"], book.Interfaces.Select(i => i.Name));
        Assert.Equal("Use name", book.GetField("title")!.DeprecationReason);
        Assert.Equal(2, book.AppliedDirectives.Count);
        var genre = Assert.IsType<EnumType>(schema.GetType("Genre"));
        Assert.Equal(["FICTION", "NON_FICTION", "POETRY"], genre.Values.Select(v => v.Name));
        Assert.Equal("No longer supported", genre.GetValue("NON_FICTION")!.DeprecationReason);
        Assert.True(Assert.IsType<InputObjectType>(schema.GetType("BookFilter")).IsOneOf);
        Assert.Equal("https://url.spec.whatwg.org/", Assert.IsType<ScalarType>(schema.GetType("Url")).SpecifiedByUrl);
        Assert.True(schema.GetDirective("key")!.IsRepeatable);
        Assert.Equal("The library", schema.Description);
        Assert.Equal("10", Assert.IsType<IntValueNode>(schema.Query.GetField("books")!.GetArgument("first")!.DefaultValue).Value);
    }

    [Fact]
    public void Abstract_type_lookups_list_possible_types_and_implementations()
    {
        var schema = SchemaBuilder.FromSdl(Sdl).Build();
        var node = (InterfaceType)schema.GetType("Node")!;
        var entity = (InterfaceType)schema.GetType("Entity")!;

        Assert.Equal(["Book", "Author"], schema.GetPossibleTypes(node).Select(t => t.Name));
        Assert.Equal(["Entity"], schema.GetImplementations(node).Interfaces.Select(t => t.Name));
        Assert.True(schema.IsSubType(node, entity));
        Assert.Equal(["Book", "Author"], schema.GetPossibleTypes(schema.GetType("SearchResult")!).Select(t => t.Name));
        Assert.True(schema.IsPossibleType(schema.GetType("SearchResult")!, (ObjectType)schema.GetType("Author")!));
    }

    [Fact]
    public void Type_map_follows_graphql_js_order_and_holds_only_referenced_built_in_scalars()
    {
        var schema = SchemaBuilder.FromSdl("type Query { a: A } type A { b: Int }").Build();

        Assert.Equal(
            ["Query", "A", "Int", "Boolean", "String", "__Schema", "__Type", "__TypeKind", "__Field", "__InputValue", "__EnumValue", "__Directive", "__DirectiveLocation"],
            schema.TypeList.Select(t => t.Name));
    }

    [Fact]
    public async Task Schema_first_resolvers_are_bound_by_coordinate_with_typed_arguments()
    {
        var schema = SchemaBuilder.FromSdl("type Query { hello(name: String = \"world\"): String! }")
            .Bind("Query.hello", (string name) => $"Hello {name}")
            .Build();
        var field = schema.Query.GetField("hello")!;

        var result = await field.Resolver!(new FakeContext(field, null, new Dictionary<string, object?> { ["name"] = "Ada" }));

        Assert.Equal("Hello Ada", result);
    }

    [Fact]
    public async Task Code_first_fields_bind_arguments_services_parent_and_cancellation()
    {
        var schema = new SchemaBuilder()
            .Query(q => q
                .Field("greet", "String!", async (string name, Greeter greeter, CancellationToken cancellationToken) =>
                {
                    await Task.Yield();
                    cancellationToken.ThrowIfCancellationRequested();
                    return greeter.Greet(name);
                })
                .Argument("name", "String!"))
            .Object("Book", b => b
                .Field("shout", "String!", (Book parent) => parent.Title.ToUpperInvariant())
                .Field("title", "String!"))
            .Build();
        var services = new ServiceCollection().AddSingleton<Greeter>().BuildServiceProvider();
        var greet = schema.Query.GetField("greet")!;
        var shout = ((ObjectType)schema.GetType("Book")!).GetField("shout")!;

        var greeting = await greet.Resolver!(new FakeContext(greet, null, new Dictionary<string, object?> { ["name"] = "Ada" }, services));
        var shouted = await shout.Resolver!(new FakeContext(shout, new Book("Dune"), new Dictionary<string, object?>()));

        Assert.Equal("Hi, Ada", greeting);
        Assert.Equal("DUNE", shouted);
    }

    [Fact]
    public void Code_first_input_objects_enums_and_unions_build_like_sdl()
    {
        var schema = new SchemaBuilder()
            .Query(q => q.Field("find", "Result", (Func<object?>)(() => null)).Argument("by", "By!"))
            .InputObject("By", i => i.OneOf().Field("id", "ID").Field("name", "String"))
            .Enum<Color>()
            .Object("A", a => a.Field("color", "Color"))
            .Object("B", b => b.Field("b", "Int"))
            .Union("Result", "A", "B")
            .Build();

        Assert.True(((InputObjectType)schema.GetType("By")!).IsOneOf);
        var color = (EnumType)schema.GetType("Color")!;
        Assert.Equal(["DARK_RED", "BLUE"], color.Values.Select(v => v.Name));
        Assert.Equal(Color.DarkRed, color.GetValue("DARK_RED")!.Value);
        Assert.Equal("DARK_RED", color.Serialize(Color.DarkRed));
        Assert.Equal(2, ((UnionType)schema.GetType("Result")!).Types.Count);
    }

    [Fact]
    public void Binding_a_resolver_to_a_missing_field_is_a_build_error()
    {
        var exception = Assert.Throws<SchemaValidationException>(() =>
            SchemaBuilder.FromSdl("type Query { a: Int }").Bind("Query.b", (IResolverContext _) => 1).Build());

        Assert.Equal("Cannot bind a resolver to \"Query.b\": the schema has no such field.", exception.Errors[0].Message);
    }

    [Fact]
    public async Task Default_field_resolver_reads_clr_properties_dictionaries_and_json_and_calls_functions()
    {
        var schema = SchemaBuilder.FromSdl("type Query { title: String }").Build();
        var field = schema.Query.GetField("title")!;
        using var json = JsonDocument.Parse("{\"title\":\"from json\"}");

        Assert.Equal("Dune", await DefaultResolvers.ResolveField(new FakeContext(field, new Book("Dune"), [])));
        Assert.Equal("dict", await DefaultResolvers.ResolveField(new FakeContext(field, new Dictionary<string, object?> { ["title"] = "dict" }, [])));
        Assert.Equal("from json", ((JsonElement)(await DefaultResolvers.ResolveField(new FakeContext(field, json.RootElement, [])))!).GetString());
        Assert.Equal("node", (await DefaultResolvers.ResolveField(new FakeContext(field, JsonNode.Parse("{\"title\":\"node\"}"), [])))!.ToString());
        Assert.Equal("lazy", await DefaultResolvers.ResolveField(new FakeContext(field, new Dictionary<string, object?> { ["title"] = (Func<object?>)(() => "lazy") }, [])));
        Assert.Null(await DefaultResolvers.ResolveField(new FakeContext(field, new { other = 1 }, [])));
    }

    [Fact]
    public void Default_type_resolver_reads_typename_then_runtime_type()
    {
        var schema = SchemaBuilder.FromSdl(Sdl).BindRuntimeType("Author", typeof(Author)).Build();
        var node = schema.GetType("Node")!;

        Assert.Equal("Book", DefaultResolvers.ResolveType(new Dictionary<string, object?> { ["__typename"] = "Book" }, null, schema, node));
        Assert.Equal("Author", DefaultResolvers.ResolveType(new Author("x"), null, schema, node));
        Assert.Null(DefaultResolvers.ResolveType(new Greeter(), null, schema, node));
    }

    private enum Color
    {
        DarkRed,
        Blue,
    }

    private sealed record Book(string Title);

    private sealed record Author(string Name);

    private sealed class Greeter
    {
        public string Greet(string name) => "Hi, " + name;
    }

    private sealed class FakeContext(FieldDefinition definition, object? parent, Dictionary<string, object?> arguments, IServiceProvider? services = null) : IResolverContext
    {
        public object? Parent => parent;

        public IReadOnlyDictionary<string, object?> Arguments => arguments;

        public IServiceProvider Services => services ?? new ServiceCollection().BuildServiceProvider();

        public CancellationToken CancellationToken => CancellationToken.None;

        public IReadOnlyList<object> Path => [definition.Name];

        public Schema Schema => throw new NotSupportedException();

        public ObjectType ParentType => throw new NotSupportedException();

        public FieldDefinition Field => definition;

        public FieldNode Selection => throw new NotSupportedException();

        public T GetArgument<T>(string name) => arguments.TryGetValue(name, out var value) ? (T)value! : default!;
    }
}
