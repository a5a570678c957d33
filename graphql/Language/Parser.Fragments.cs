using DebtHub.GraphQL.Language.Ast;

namespace DebtHub.GraphQL.Language;

internal ref partial struct Parser
{
    /// <summary>
    /// FragmentSpread :: ... FragmentName Directives?;
    /// InlineFragment :: ... TypeCondition? Directives? SelectionSet
    /// </summary>
    private SelectionNode ParseFragment()
    {
        var start = _lexer.Start;
        Expect(TokenKind.Spread);
        var hasTypeCondition = ExpectOptionalKeyword("on");
        if (!hasTypeCondition && Peek(TokenKind.Name))
        {
            var name = ParseFragmentName();
            var spreadDirectives = ParseDirectives(isConst: false);
            return new FragmentSpreadNode(Loc(start), name, spreadDirectives);
        }

        var typeCondition = hasTypeCondition ? ParseNamedType() : null;
        var directives = ParseDirectives(isConst: false);
        var selectionSet = ParseSelectionSet();
        return new InlineFragmentNode(Loc(start), typeCondition, directives, selectionSet);
    }

    /// <summary>FragmentDefinition :: Description? fragment FragmentName TypeCondition Directives? SelectionSet; TypeCondition :: on NamedType</summary>
    private FragmentDefinitionNode ParseFragmentDefinition()
    {
        var start = _lexer.Start;
        var description = ParseDescription();
        ExpectKeyword("fragment");
        var name = ParseFragmentName();
        ExpectKeyword("on");
        var typeCondition = ParseNamedType();
        var directives = ParseDirectives(isConst: false);
        var selectionSet = ParseSelectionSet();
        return new FragmentDefinitionNode(Loc(start), description, name, typeCondition, directives, selectionSet);
    }

    /// <summary>FragmentName :: Name but not on</summary>
    private NameNode ParseFragmentName()
    {
        if (_lexer.IsName("on"))
        {
            throw Unexpected();
        }

        return ParseName();
    }
}
