using DebtHub.GraphQL.Language.Ast;

namespace DebtHub.GraphQL.Language;

internal ref partial struct Parser
{
    /// <summary>
    /// Value[Const] :: [~Const] Variable | IntValue | FloatValue | StringValue | BooleanValue | NullValue | EnumValue
    /// | ListValue[?Const] | ObjectValue[?Const]
    /// </summary>
    private ValueNode ParseValueLiteral(bool isConst)
    {
        var start = _lexer.Start;
        switch (_lexer.Kind)
        {
            case TokenKind.BracketL:
                return ParseList(isConst);
            case TokenKind.BraceL:
                return ParseObject(isConst);
            case TokenKind.Int:
            {
                var value = _lexer.RawValue();
                Advance();
                return new IntValueNode(Loc(start), value);
            }

            case TokenKind.Float:
            {
                var value = _lexer.RawValue();
                Advance();
                return new FloatValueNode(Loc(start), value);
            }

            case TokenKind.String:
            case TokenKind.BlockString:
                return ParseStringLiteral();
            case TokenKind.Name:
            {
                var value = _lexer.NameValue();
                Advance();
                return value switch
                {
                    "true" => new BooleanValueNode(Loc(start), true),
                    "false" => new BooleanValueNode(Loc(start), false),
                    "null" => new NullValueNode(Loc(start)),
                    _ => new EnumValueNode(Loc(start), value),
                };
            }

            case TokenKind.Dollar:
                if (isConst)
                {
                    var (kind, dollarStart, dollarEnd) = (_lexer.Kind, _lexer.Start, _lexer.End);
                    Expect(TokenKind.Dollar);
                    if (_lexer.Kind == TokenKind.Name)
                    {
                        throw _lexer.Error(dollarStart, $"Unexpected variable \"${_lexer.NameValue()}\" in constant value.");
                    }

                    throw Unexpected(kind, dollarStart, dollarEnd);
                }

                return ParseVariable();
            default:
                throw Unexpected();
        }
    }

    /// <summary>StringValue :: " StringCharacter* " | BlockString</summary>
    private StringValueNode ParseStringLiteral()
    {
        var start = _lexer.Start;
        var block = _lexer.Kind == TokenKind.BlockString;
        var value = block ? _lexer.BlockStringValue(_lexer.Start, _lexer.End) : _lexer.StringValue(_lexer.Start, _lexer.End);
        Advance();
        return new StringValueNode(Loc(start), value, block);
    }

    /// <summary>ListValue[Const] :: [ ] | [ Value[?Const]+ ]</summary>
    private ListValueNode ParseList(bool isConst)
    {
        var start = _lexer.Start;
        Expect(TokenKind.BracketL);
        Enter();
        var values = new List<ValueNode>();
        while (!ExpectOptional(TokenKind.BracketR))
        {
            values.Add(ParseValueLiteral(isConst));
        }

        Leave();
        return new ListValueNode(Loc(start), values);
    }

    /// <summary>ObjectValue[Const] :: { } | { ObjectField[?Const]+ }</summary>
    private ObjectValueNode ParseObject(bool isConst)
    {
        var start = _lexer.Start;
        Expect(TokenKind.BraceL);
        Enter();
        var fields = new List<ObjectFieldNode>();
        while (!ExpectOptional(TokenKind.BraceR))
        {
            fields.Add(ParseObjectField(isConst));
        }

        Leave();
        return new ObjectValueNode(Loc(start), fields);
    }

    /// <summary>ObjectField[Const] :: Name : Value[?Const]</summary>
    private ObjectFieldNode ParseObjectField(bool isConst)
    {
        var start = _lexer.Start;
        var name = ParseName();
        Expect(TokenKind.Colon);
        var value = ParseValueLiteral(isConst);
        return new ObjectFieldNode(Loc(start), name, value);
    }

    /// <summary>Directives[Const] :: Directive[?Const]+</summary>
    private IReadOnlyList<DirectiveNode> ParseDirectives(bool isConst)
    {
        if (!Peek(TokenKind.At))
        {
            return [];
        }

        var list = new List<DirectiveNode>(1);
        while (Peek(TokenKind.At))
        {
            list.Add(ParseDirective(isConst));
        }

        return list;
    }

    /// <summary>Directive[Const] :: @ Name Arguments[?Const]?</summary>
    private DirectiveNode ParseDirective(bool isConst)
    {
        var start = _lexer.Start;
        Expect(TokenKind.At);
        var name = ParseName();
        var arguments = ParseArguments(isConst);
        return new DirectiveNode(Loc(start), name, arguments);
    }

    /// <summary>Type :: NamedType | ListType | NonNullType; ListType :: [ Type ]; NonNullType :: NamedType ! | ListType !</summary>
    private TypeNode ParseTypeReference()
    {
        var start = _lexer.Start;
        TypeNode type;
        if (ExpectOptional(TokenKind.BracketL))
        {
            Enter();
            var inner = ParseTypeReference();
            Expect(TokenKind.BracketR);
            Leave();
            type = new ListTypeNode(Loc(start), inner);
        }
        else
        {
            type = ParseNamedType();
        }

        return ExpectOptional(TokenKind.Bang) ? new NonNullTypeNode(Loc(start), type) : type;
    }

    /// <summary>NamedType :: Name</summary>
    private NamedTypeNode ParseNamedType()
    {
        var start = _lexer.Start;
        var name = ParseName();
        return new NamedTypeNode(Loc(start), name);
    }
}
