using DebtHub.GraphQL.Language.Ast;
using DebtHub.GraphQL.Types;

namespace DebtHub.GraphQL.Validation.Rules;

/// <summary>
/// Input Object Field Names (https://spec.graphql.org/September2025/#sec-Input-Object-Field-Names):
/// "For each Input Object Field inputField in the document: Let inputFieldName be the Name of inputField. Let
/// inputFieldDefinition be the input field definition provided by the parent input object type named inputFieldName.
/// inputFieldDefinition must exist."
/// </summary>
internal sealed class InputObjectFieldNames : ValidationRule
{
    public override IReadOnlyList<SyntaxKind> EnterKinds => [SyntaxKind.ListValue, SyntaxKind.ObjectValue, SyntaxKind.ObjectField];

    public override bool Enter(SyntaxNode node, ValidationContext context)
    {
        switch (node)
        {
            case ListValueNode:
                return !ValueSkipping.IsMisplacedList(context);
            case ObjectValueNode:
                return ValueSkipping.ExpectedInputObject(context) is not null;
        }

        var field = (ObjectFieldNode)node;
        if (context.TypeInfo.InputType is null && context.TypeInfo.ParentInputType?.Named is InputObjectType parentType)
        {
            context.ReportError(
                $"Field \"{field.Name.Value}\" is not defined by type \"{parentType.Name}\"." + Suggestions.DidYouMean(Suggestions.List(field.Name.Value, parentType.Fields.Select(f => f.Name))),
                node);
        }

        return true;
    }
}
