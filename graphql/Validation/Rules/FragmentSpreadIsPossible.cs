using DebtHub.GraphQL.Language.Ast;
using DebtHub.GraphQL.Types;

namespace DebtHub.GraphQL.Validation.Rules;

/// <summary>
/// Fragment Spread Is Possible (https://spec.graphql.org/September2025/#sec-Fragment-Spread-Is-Possible):
/// "For each spread (named or inline) defined in the document: Let fragment be the target of spread. Let fragmentType
/// be the type condition of fragment. Let parentType be the type of the selection set containing spread. Let
/// applicableTypes be the intersection of GetPossibleTypes(fragmentType) and GetPossibleTypes(parentType).
/// applicableTypes must not be empty."
/// </summary>
internal sealed class FragmentSpreadIsPossible : ValidationRule
{
    public override IReadOnlyList<SyntaxKind> EnterKinds => [SyntaxKind.InlineFragment, SyntaxKind.FragmentSpread];

    public override bool Enter(SyntaxNode node, ValidationContext context)
    {
        var parentType = context.TypeInfo.ParentType;
        if (node is InlineFragmentNode)
        {
            if (context.TypeInfo.Type is NamedType { IsCompositeType: true } fragmentType && parentType is { IsCompositeType: true }
                && !TypeComparators.DoTypesOverlap(context.Schema, fragmentType, parentType))
            {
                context.ReportError($"Fragment cannot be spread here as objects of type \"{parentType.Name}\" can never be of type \"{fragmentType.Name}\".", node);
            }

            return true;
        }

        var spread = (FragmentSpreadNode)node;
        var fragment = context.GetFragment(spread.Name.Value);
        var type = fragment is null ? null : TypeInfo.TypeFromAst(context.Schema, fragment.TypeCondition);
        if (type is NamedType { IsCompositeType: true } spreadType && parentType is not null
            && !TypeComparators.DoTypesOverlap(context.Schema, spreadType, parentType))
        {
            context.ReportError($"Fragment \"{spread.Name.Value}\" cannot be spread here as objects of type \"{parentType.Name}\" can never be of type \"{spreadType.Name}\".", node);
        }

        return true;
    }
}
