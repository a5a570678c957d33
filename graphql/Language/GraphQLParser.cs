using System.Text;
using DebtHub.GraphQL.Language.Ast;

namespace DebtHub.GraphQL.Language;

/// <summary>Entry points of the language: text in, syntax tree out (or a <see cref="GraphQLSyntaxException"/>).</summary>
public static class GraphQLParser
{
    public static DocumentNode Parse(string text, ParserOptions? options = null)
        => Parse(new Source(Encoding.UTF8.GetBytes(text)), options);

    public static DocumentNode Parse(Source source, ParserOptions? options = null)
        => new Parser(source, options ?? ParserOptions.Default).ParseDocument();

    /// <summary>A lone value such as <c>{a: [1, 2]}</c>; constant unless <paramref name="isConst"/> is false.</summary>
    public static ValueNode ParseValue(string text, bool isConst = true)
        => new Parser(new Source(text), ParserOptions.Default).ParseLoneValue(isConst);

    /// <summary>A lone type reference such as <c>[Int!]!</c>.</summary>
    public static TypeNode ParseType(string text)
        => new Parser(new Source(text), ParserOptions.Default).ParseLoneType();
}
