using DebtHub.GraphQL.Language.Ast;
using DebtHub.GraphQL.Types;

namespace DebtHub.GraphQL.Validation.Rules;

/// <summary>
/// Field Selections (https://spec.graphql.org/September2025/#sec-Field-Selections):
/// "For each selection in the document: Let fieldName be the target field of selection. fieldName must be defined on
/// type in scope." Suggests inline fragments on types that have the field, else close field names (graphql-js's
/// FieldsOnCorrectType).
/// </summary>
internal sealed class FieldSelections : ValidationRule
{
    public override IReadOnlyList<SyntaxKind> EnterKinds => [SyntaxKind.Field];

    public override bool Enter(SyntaxNode node, ValidationContext context)
    {
        var parentType = context.TypeInfo.ParentType;
        if (parentType is null || context.TypeInfo.FieldDefinition is not null)
        {
            return true;
        }

        var fieldName = ((FieldNode)node).Name.Value;
        var suggestion = Suggestions.DidYouMean("to use an inline fragment on", SuggestedTypeNames(context.Schema, parentType, fieldName));
        if (suggestion.Length == 0)
        {
            suggestion = Suggestions.DidYouMean(SuggestedFieldNames(parentType, fieldName));
        }

        context.ReportError($"Cannot query field \"{fieldName}\" on type \"{parentType.Name}\"." + suggestion, node);
        return true;
    }

    private static List<string> SuggestedTypeNames(Schema schema, NamedType type, string fieldName)
    {
        if (!type.IsAbstractType)
        {
            return [];
        }

        var suggested = new List<FieldsType>();
        var usageCount = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var possibleType in schema.GetPossibleTypes(type))
        {
            if (possibleType.GetField(fieldName) is null)
            {
                continue;
            }

            suggested.Add(possibleType);
            usageCount[possibleType.Name] = 1;
            foreach (var iface in possibleType.Interfaces)
            {
                if (iface.GetField(fieldName) is null)
                {
                    continue;
                }

                if (!suggested.Contains(iface))
                {
                    suggested.Add(iface);
                }

                usageCount[iface.Name] = usageCount.GetValueOrDefault(iface.Name) + 1;
            }
        }

        var sorted = suggested.ToList();
        sorted.Sort((a, b) =>
        {
            var diff = usageCount[b.Name] - usageCount[a.Name];
            if (diff != 0)
            {
                return diff;
            }

            if (a is InterfaceType && schema.IsSubType(a, b))
            {
                return -1;
            }

            if (b is InterfaceType && schema.IsSubType(b, a))
            {
                return 1;
            }

            return Suggestions.NaturalCompare(a.Name, b.Name);
        });
        return sorted.ConvertAll(t => t.Name);
    }

    private static List<string> SuggestedFieldNames(NamedType type, string fieldName)
        => type is FieldsType fieldsType ? Suggestions.List(fieldName, fieldsType.Fields.Select(f => f.Name)) : [];
}
