using DebtHub.GraphQL.Language.Ast;

namespace DebtHub.GraphQL.Language;

/// <summary>
/// The recursive-descent parser of spec §2 over the UTF-8 <see cref="Lexer"/>. One method per production, the
/// production quoted above it; split into partial files by grammar area. Errors follow graphql-js 16 wording.
/// </summary>
internal ref partial struct Parser
{
    private Lexer _lexer;
    private readonly Source _source;
    private readonly ParserOptions _options;
    private int _tokenCount;
    private int _depth;

    public Parser(Source source, ParserOptions options)
    {
        _source = source;
        _options = options;
        _lexer = new Lexer(source);
        Advance(); // from <SOF> to the first token
    }

    /// <summary>Document :: Definition+</summary>
    public DocumentNode ParseDocument()
    {
        var start = _lexer.Start;
        var definitions = new List<DefinitionNode>();
        do
        {
            definitions.Add(ParseDefinition());
        }
        while (_lexer.Kind != TokenKind.EndOfFile);

        return new DocumentNode(Loc(start), definitions);
    }

    /// <summary>
    /// Definition :: ExecutableDefinition | TypeSystemDefinitionOrExtension;
    /// ExecutableDefinition :: OperationDefinition | FragmentDefinition
    /// </summary>
    private DefinitionNode ParseDefinition()
    {
        if (Peek(TokenKind.BraceL))
        {
            return ParseOperationDefinition();
        }

        var hasDescription = PeekDescription();
        var (kind, start, end) = hasDescription ? _lexer.Lookahead() : (_lexer.Kind, _lexer.Start, _lexer.End);
        if (hasDescription && kind == TokenKind.BraceL)
        {
            throw _lexer.Error(_lexer.Start, "Unexpected description, descriptions are not supported on shorthand queries.");
        }

        if (kind == TokenKind.Name)
        {
            switch (Keyword(start, end))
            {
                case "schema": return ParseSchemaDefinition();
                case "scalar": return ParseScalarTypeDefinition();
                case "type": return ParseObjectTypeDefinition();
                case "interface": return ParseInterfaceTypeDefinition();
                case "union": return ParseUnionTypeDefinition();
                case "enum": return ParseEnumTypeDefinition();
                case "input": return ParseInputObjectTypeDefinition();
                case "directive": return ParseDirectiveDefinition();
            }

            switch (Keyword(start, end))
            {
                case "query":
                case "mutation":
                case "subscription":
                    return ParseOperationDefinition();
                case "fragment":
                    return ParseFragmentDefinition();
            }

            if (hasDescription)
            {
                throw _lexer.Error(_lexer.Start, "Unexpected description, only GraphQL definitions support descriptions.");
            }

            if (Keyword(start, end) == "extend")
            {
                return ParseTypeSystemExtension();
            }
        }

        throw Unexpected(kind, start, end);
    }

    /// <summary>Parses a lone value, e.g. a default value written in C# (Value[Const] when <paramref name="isConst"/>).</summary>
    public ValueNode ParseLoneValue(bool isConst)
    {
        var value = ParseValueLiteral(isConst);
        Expect(TokenKind.EndOfFile);
        return value;
    }

    /// <summary>Parses a lone type reference such as <c>[String!]!</c>.</summary>
    public TypeNode ParseLoneType()
    {
        var type = ParseTypeReference();
        Expect(TokenKind.EndOfFile);
        return type;
    }

    private string? Keyword(int start, int end)
    {
        // Keywords are short ASCII; the name table returns an interned string we can switch on.
        return end - start <= 12 ? NameTable.Get(_lexer.Body[start..end]) : null;
    }

    private readonly Location Loc(int start) => new(start, _lexer.PreviousEnd, _options.NoLocation ? null : _source);

    private void Advance()
    {
        _lexer.Advance();
        if (_lexer.Kind != TokenKind.EndOfFile && ++_tokenCount > _options.MaxTokens)
        {
            throw _lexer.Error(_lexer.Start, $"Document contains more than {_options.MaxTokens} tokens. Parsing aborted.");
        }
    }

    private void Enter()
    {
        if (++_depth > _options.MaxDepth)
        {
            throw _lexer.Error(_lexer.Start, $"Document nesting depth exceeds {_options.MaxDepth}. Parsing aborted.");
        }
    }

    private void Leave() => _depth--;

    private readonly bool Peek(TokenKind kind) => _lexer.Kind == kind;

    private readonly bool PeekDescription() => _lexer.Kind is TokenKind.String or TokenKind.BlockString;

    /// <summary>Consumes a token of the kind or throws "Expected X, found Y.".</summary>
    private void Expect(TokenKind kind)
    {
        if (_lexer.Kind != kind)
        {
            throw _lexer.Error(_lexer.Start, $"Expected {TokenKindText.Describe(kind)}, found {_lexer.DescribeCurrent()}.");
        }

        Advance();
    }

    private bool ExpectOptional(TokenKind kind)
    {
        if (_lexer.Kind != kind)
        {
            return false;
        }

        Advance();
        return true;
    }

    private void ExpectKeyword(string keyword)
    {
        if (!_lexer.IsName(keyword))
        {
            throw _lexer.Error(_lexer.Start, $"Expected \"{keyword}\", found {_lexer.DescribeCurrent()}.");
        }

        Advance();
    }

    private bool ExpectOptionalKeyword(string keyword)
    {
        if (!_lexer.IsName(keyword))
        {
            return false;
        }

        Advance();
        return true;
    }

    private readonly GraphQLSyntaxException Unexpected() => Unexpected(_lexer.Kind, _lexer.Start, _lexer.End);

    private readonly GraphQLSyntaxException Unexpected(TokenKind kind, int start, int end)
        => _lexer.Error(start, $"Unexpected {_lexer.Describe(kind, start, end)}.");

    /// <summary>Name :: /[_A-Za-z][_0-9A-Za-z]*/</summary>
    private NameNode ParseName()
    {
        var start = _lexer.Start;
        if (_lexer.Kind != TokenKind.Name)
        {
            Expect(TokenKind.Name);
        }

        var value = _lexer.NameValue();
        Advance();
        return new NameNode(Loc(start), value);
    }
}
