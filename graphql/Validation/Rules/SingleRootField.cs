using DebtHub.GraphQL.Language.Ast;
using DebtHub.GraphQL.Types;

namespace DebtHub.GraphQL.Validation.Rules;

/// <summary>
/// Single Root Field (https://spec.graphql.org/September2025/#sec-Single-Root-Field):
/// "For each subscription operation definition subscription in the document: Let selectionSet be the top level
/// selection set on subscription. Let collectedFieldsMap be the result of CollectSubscriptionFields(subscriptionType,
/// selectionSet). collectedFieldsMap must have exactly one entry, which must not be an introspection field."
/// </summary>
internal sealed class SingleRootField : ValidationRule
{
    public override IReadOnlyList<SyntaxKind> EnterKinds => [SyntaxKind.OperationDefinition];

    public override bool Enter(SyntaxNode node, ValidationContext context)
    {
        var operation = (OperationDefinitionNode)node;
        if (operation.Operation != OperationType.Subscription || context.Schema.Subscription is not { } subscriptionType)
        {
            return true;
        }

        var operationName = operation.Name?.Value;
        var fields = new Dictionary<string, List<FieldNode>>(StringComparer.Ordinal);
        var order = new List<string>();
        Collect(context, subscriptionType, operation.SelectionSet, fields, order, new HashSet<string>(StringComparer.Ordinal));
        if (order.Count > 1)
        {
            var extra = new List<SyntaxNode>();
            for (var i = 1; i < order.Count; i++)
            {
                extra.AddRange(fields[order[i]]);
            }

            context.ReportError(
                operationName is not null
                    ? $"Subscription \"{operationName}\" must select only one top level field."
                    : "Anonymous Subscription must select only one top level field.",
                extra);
        }

        foreach (var key in order)
        {
            var fieldNodes = fields[key];
            if (fieldNodes[0].Name.Value.StartsWith("__", StringComparison.Ordinal))
            {
                context.ReportError(
                    operationName is not null
                        ? $"Subscription \"{operationName}\" must not select an introspection top level field."
                        : "Anonymous Subscription must not select an introspection top level field.",
                    fieldNodes);
            }
        }

        return true;
    }

    /// <summary>CollectFields without variables: @skip/@include with literal arguments are honoured, as graphql-js does.</summary>
    private static void Collect(ValidationContext context, ObjectType runtimeType, SelectionSetNode selectionSet, Dictionary<string, List<FieldNode>> fields, List<string> order, HashSet<string> visitedFragments)
    {
        context.SpendFragmentWork(selectionSet.Selections.Count);
        foreach (var selection in selectionSet.Selections)
        {
            if (!ShouldInclude(selection))
            {
                continue;
            }

            switch (selection)
            {
                case FieldNode field:
                    var key = field.ResponseKey;
                    if (!fields.TryGetValue(key, out var list))
                    {
                        fields[key] = list = [];
                        order.Add(key);
                    }

                    list.Add(field);
                    break;
                case InlineFragmentNode inline:
                    if (DoesFragmentConditionMatch(context, inline.TypeCondition, runtimeType))
                    {
                        Collect(context, runtimeType, inline.SelectionSet, fields, order, visitedFragments);
                    }

                    break;
                case FragmentSpreadNode spread:
                    if (!visitedFragments.Add(spread.Name.Value))
                    {
                        continue;
                    }

                    var fragment = context.GetFragment(spread.Name.Value);
                    if (fragment is not null && DoesFragmentConditionMatch(context, fragment.TypeCondition, runtimeType))
                    {
                        Collect(context, runtimeType, fragment.SelectionSet, fields, order, visitedFragments);
                    }

                    break;
            }
        }
    }

    private static bool ShouldInclude(SelectionNode selection)
    {
        foreach (var directive in selection.Directives)
        {
            var name = directive.Name.Value;
            if (name != "skip" && name != "include")
            {
                continue;
            }

            foreach (var argument in directive.Arguments)
            {
                if (argument.Name.Value == "if" && argument.Value is BooleanValueNode condition)
                {
                    if (name == "skip" && condition.Value)
                    {
                        return false;
                    }

                    if (name == "include" && !condition.Value)
                    {
                        return false;
                    }
                }
            }
        }

        return true;
    }

    private static bool DoesFragmentConditionMatch(ValidationContext context, NamedTypeNode? typeCondition, ObjectType type)
    {
        if (typeCondition is null)
        {
            return true;
        }

        var conditionalType = context.Schema.GetType(typeCondition.Name.Value);
        if (ReferenceEquals(conditionalType, type))
        {
            return true;
        }

        return conditionalType is not null && conditionalType.IsAbstractType && context.Schema.IsSubType(conditionalType, type);
    }
}
