using BenchmarkDotNet.Attributes;
using DebtHub.GraphQL.Language;
using DebtHub.GraphQL.Language.Ast;
using DebtHub.GraphQL.Types;
using DebtHub.GraphQL.Validation;

namespace DebtHub.Benchmarks.GraphQL;

/// <summary>
/// Parsing and validating the full introspection query and a three-field query (see bench/README.md, section
/// "GraphQL: parse and validate"). The schema is small on purpose: validation cost is driven by the document.
/// </summary>
[MemoryDiagnoser]
public class ParseValidateBenchmarks
{
    private const string Sdl = """
        type Query { book(id: ID!): Book books(first: Int = 10): [Book!]! }
        type Book { id: ID! title: String! author: Author }
        type Author { name: String! books: [Book!]! }
        """;

    private const string ThreeFieldQuery = "{ book(id: \"1\") { id title author { name } } }";

    private Schema _schema = null!;
    private DocumentNode _introspection = null!;
    private DocumentNode _threeFields = null!;

    [GlobalSetup]
    public void Setup()
    {
        _schema = SchemaBuilder.FromSdl(Sdl).Build();
        _introspection = GraphQLParser.Parse(IntrospectionQueryText.Value);
        _threeFields = GraphQLParser.Parse(ThreeFieldQuery);
        if (DocumentValidator.Validate(_schema, _introspection).Count != 0 || DocumentValidator.Validate(_schema, _threeFields).Count != 0)
        {
            throw new InvalidOperationException("The benchmark documents must be valid.");
        }
    }

    [Benchmark]
    public DocumentNode ParseIntrospectionQuery() => GraphQLParser.Parse(IntrospectionQueryText.Value);

    [Benchmark]
    public DocumentNode ParseThreeFieldQuery() => GraphQLParser.Parse(ThreeFieldQuery);

    [Benchmark]
    public int ValidateIntrospectionQuery() => DocumentValidator.Validate(_schema, _introspection).Count;

    [Benchmark]
    public int ValidateThreeFieldQuery() => DocumentValidator.Validate(_schema, _threeFields).Count;
}
