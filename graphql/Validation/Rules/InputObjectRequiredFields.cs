using DebtHub.GraphQL.Language.Ast;

namespace DebtHub.GraphQL.Validation.Rules;

/// <summary>
/// Input Object Required Fields (https://spec.graphql.org/September2025/#sec-Input-Object-Required-Fields):
/// "For each Input Object in the document: Let fields be the fields provided by that Input Object. Let fieldDefinitions
/// be the set of input field definitions of that Input Object. For each fieldDefinition in fieldDefinitions: Let type be
/// the expected type of fieldDefinition. Let defaultValue be the default value of fieldDefinition. If type is Non-Null
/// and defaultValue does not exist: Let fieldName be the name of fieldDefinition. Let field be the input field in fields
/// named fieldName. field must exist."
/// </summary>
internal sealed class InputObjectRequiredFields : ValidationRule
{
    public override IReadOnlyList<SyntaxKind> EnterKinds => [SyntaxKind.ListValue, SyntaxKind.ObjectValue];

    public override bool Enter(SyntaxNode node, ValidationContext context)
    {
        if (node is ListValueNode)
        {
            return !ValueSkipping.IsMisplacedList(context);
        }

        var obj = (ObjectValueNode)node;
        if (ValueSkipping.ExpectedInputObject(context) is not { } type)
        {
            return false;
        }

        foreach (var fieldDefinition in type.Fields)
        {
            if (!fieldDefinition.IsRequired)
            {
                continue;
            }

            var provided = false;
            foreach (var field in obj.Fields)
            {
                if (field.Name.Value == fieldDefinition.Name)
                {
                    provided = true;
                    break;
                }
            }

            if (!provided)
            {
                context.ReportError($"Field \"{type.Name}.{fieldDefinition.Name}\" of required type \"{fieldDefinition.Type}\" was not provided.", node);
            }
        }

        return true;
    }
}
