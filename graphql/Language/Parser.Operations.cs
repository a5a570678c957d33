using DebtHub.GraphQL.Language.Ast;

namespace DebtHub.GraphQL.Language;

internal ref partial struct Parser
{
    /// <summary>OperationDefinition :: Description? OperationType Name? VariablesDefinition? Directives? SelectionSet | SelectionSet</summary>
    private OperationDefinitionNode ParseOperationDefinition()
    {
        var start = _lexer.Start;
        if (Peek(TokenKind.BraceL))
        {
            var shorthand = ParseSelectionSet();
            return new OperationDefinitionNode(Loc(start), null, OperationType.Query, null, [], [], shorthand);
        }

        var description = ParseDescription();
        var operation = ParseOperationType();
        var name = Peek(TokenKind.Name) ? ParseName() : null;
        var variables = ParseVariableDefinitions();
        var directives = ParseDirectives(isConst: false);
        var selectionSet = ParseSelectionSet();
        return new OperationDefinitionNode(Loc(start), description, operation, name, variables, directives, selectionSet);
    }

    /// <summary>OperationType : one of query mutation subscription</summary>
    private OperationType ParseOperationType()
    {
        var (kind, start, end) = (_lexer.Kind, _lexer.Start, _lexer.End);
        Expect(TokenKind.Name);
        return Keyword(start, end) switch
        {
            "query" => OperationType.Query,
            "mutation" => OperationType.Mutation,
            "subscription" => OperationType.Subscription,
            _ => throw Unexpected(kind, start, end),
        };
    }

    /// <summary>VariablesDefinition :: ( VariableDefinition+ )</summary>
    private IReadOnlyList<VariableDefinitionNode> ParseVariableDefinitions()
    {
        if (!ExpectOptional(TokenKind.ParenL))
        {
            return [];
        }

        var list = new List<VariableDefinitionNode>();
        do
        {
            list.Add(ParseVariableDefinition());
        }
        while (!ExpectOptional(TokenKind.ParenR));

        return list;
    }

    /// <summary>VariableDefinition :: Description? Variable : Type DefaultValue? Directives[Const]?</summary>
    private VariableDefinitionNode ParseVariableDefinition()
    {
        var start = _lexer.Start;
        var description = ParseDescription();
        var variable = ParseVariable();
        Expect(TokenKind.Colon);
        var type = ParseTypeReference();
        var defaultValue = ExpectOptional(TokenKind.Equals) ? ParseValueLiteral(isConst: true) : null;
        var directives = ParseDirectives(isConst: true);
        return new VariableDefinitionNode(Loc(start), description, variable, type, defaultValue, directives);
    }

    /// <summary>Variable :: $ Name</summary>
    private VariableNode ParseVariable()
    {
        var start = _lexer.Start;
        Expect(TokenKind.Dollar);
        var name = ParseName();
        return new VariableNode(Loc(start), name);
    }

    /// <summary>SelectionSet :: { Selection+ }</summary>
    private SelectionSetNode ParseSelectionSet()
    {
        var start = _lexer.Start;
        Expect(TokenKind.BraceL);
        Enter();
        var selections = new List<SelectionNode>();
        do
        {
            selections.Add(ParseSelection());
        }
        while (!ExpectOptional(TokenKind.BraceR));

        Leave();
        return new SelectionSetNode(Loc(start), selections);
    }

    /// <summary>Selection :: Field | FragmentSpread | InlineFragment</summary>
    private SelectionNode ParseSelection() => Peek(TokenKind.Spread) ? ParseFragment() : ParseField();

    /// <summary>Field :: Alias? Name Arguments? Directives? SelectionSet?; Alias :: Name :</summary>
    private FieldNode ParseField()
    {
        var start = _lexer.Start;
        var nameOrAlias = ParseName();
        NameNode? alias = null;
        var name = nameOrAlias;
        if (ExpectOptional(TokenKind.Colon))
        {
            alias = nameOrAlias;
            name = ParseName();
        }

        var arguments = ParseArguments(isConst: false);
        var directives = ParseDirectives(isConst: false);
        var selectionSet = Peek(TokenKind.BraceL) ? ParseSelectionSet() : null;
        return new FieldNode(Loc(start), alias, name, arguments, directives, selectionSet);
    }

    /// <summary>Arguments[Const] :: ( Argument[?Const]+ )</summary>
    private IReadOnlyList<ArgumentNode> ParseArguments(bool isConst)
    {
        if (!ExpectOptional(TokenKind.ParenL))
        {
            return [];
        }

        var list = new List<ArgumentNode>();
        do
        {
            list.Add(ParseArgument(isConst));
        }
        while (!ExpectOptional(TokenKind.ParenR));

        return list;
    }

    /// <summary>Argument[Const] :: Name : Value[?Const]</summary>
    private ArgumentNode ParseArgument(bool isConst)
    {
        var start = _lexer.Start;
        var name = ParseName();
        Expect(TokenKind.Colon);
        var value = ParseValueLiteral(isConst);
        return new ArgumentNode(Loc(start), name, value);
    }
}
