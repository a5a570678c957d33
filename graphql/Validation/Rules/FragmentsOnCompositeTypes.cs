using DebtHub.GraphQL.Language;
using DebtHub.GraphQL.Language.Ast;
using DebtHub.GraphQL.Types;

namespace DebtHub.GraphQL.Validation.Rules;

/// <summary>
/// Fragments on Object, Interface or Union Types (https://spec.graphql.org/September2025/#sec-Fragments-On-Object-Interface-Or-Union-Types):
/// "For each fragment defined in the document: The target type of fragment must have kind UNION, INTERFACE, or OBJECT."
/// </summary>
internal sealed class FragmentsOnCompositeTypes : ValidationRule
{
    public override IReadOnlyList<SyntaxKind> EnterKinds => [SyntaxKind.InlineFragment, SyntaxKind.FragmentDefinition];

    public override bool Enter(SyntaxNode node, ValidationContext context)
    {
        switch (node)
        {
            case InlineFragmentNode { TypeCondition: { } condition }:
                if (TypeInfo.TypeFromAst(context.Schema, condition) is { IsCompositeType: false })
                {
                    context.ReportError($"Fragment cannot condition on non composite type \"{Printer.Print(condition)}\".", condition);
                }

                break;
            case FragmentDefinitionNode fragment:
                if (TypeInfo.TypeFromAst(context.Schema, fragment.TypeCondition) is { IsCompositeType: false })
                {
                    context.ReportError($"Fragment \"{fragment.Name.Value}\" cannot condition on non composite type \"{Printer.Print(fragment.TypeCondition)}\".", fragment.TypeCondition);
                }

                break;
        }

        return true;
    }
}
