using DebtHub.GraphQL.Language.Ast;

namespace DebtHub.GraphQL.Validation.Rules;

/// <summary>
/// Leaf Field Selections (https://spec.graphql.org/September2025/#sec-Leaf-Field-Selections):
/// "For each selection in the document: Let selectionType be the unwrapped result type of selection. If selectionType
/// is a scalar or enum: The subselection set of that selection must be empty. If selectionType is an interface, union,
/// or object: The subselection set of that selection must NOT BE empty."
/// </summary>
internal sealed class LeafFieldSelections : ValidationRule
{
    public override IReadOnlyList<SyntaxKind> EnterKinds => [SyntaxKind.Field];

    public override bool Enter(SyntaxNode node, ValidationContext context)
    {
        var field = (FieldNode)node;
        var type = context.TypeInfo.Type;
        if (type is null)
        {
            return true;
        }

        var fieldName = field.Name.Value;
        if (type.Named.IsLeafType)
        {
            if (field.SelectionSet is not null)
            {
                context.ReportError($"Field \"{fieldName}\" must not have a selection since type \"{type}\" has no subfields.", field.SelectionSet);
            }
        }
        else if (field.SelectionSet is null)
        {
            context.ReportError($"Field \"{fieldName}\" of type \"{type}\" must have a selection of subfields. Did you mean \"{fieldName} {{ ... }}\"?", field);
        }
        else if (field.SelectionSet.Selections.Count == 0)
        {
            context.ReportError($"Field \"{fieldName}\" of type \"{type}\" must have at least one field selected.", field);
        }

        return true;
    }
}
