using System.Globalization;
using DebtHub.GraphQL.Language.Ast;
using DebtHub.GraphQL.Types;

namespace DebtHub.GraphQL.Execution.Limits;

/// <summary>
/// Static limits checked before execution: the deepest field nesting (fragments expanded) and the estimated cost under
/// the IBM GraphQL cost directive model — <c>@cost(weight:)</c> on fields, arguments and types (default: 1 for composite
/// types, 0 for scalars and enums) and <c>@listSize(assumedSize:, slicingArguments:, sizedFields:)</c> multiplying the
/// cost of a list's selections by its expected size. Abstract selections are counted for every type condition, an
/// upper bound.
/// </summary>
internal sealed class OperationLimits(Schema schema, IReadOnlyDictionary<string, FragmentDefinitionNode> fragments, IReadOnlyDictionary<string, object?> variables, int defaultListSize)
{
    /// <summary>Depth of the operation: root fields are at depth 1; __typename counts like any field.</summary>
    public int Depth(SelectionSetNode selectionSet) => Depth(selectionSet, []);

    private int Depth(SelectionSetNode selectionSet, HashSet<string> visiting)
    {
        var max = 0;
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    max = Math.Max(max, 1 + (field.SelectionSet is { } inner ? Depth(inner, visiting) : 0));
                    break;
                case InlineFragmentNode inline:
                    max = Math.Max(max, Depth(inline.SelectionSet, visiting));
                    break;
                case FragmentSpreadNode spread when fragments.TryGetValue(spread.Name.Value, out var fragment) && visiting.Add(spread.Name.Value):
                    max = Math.Max(max, Depth(fragment.SelectionSet, visiting));
                    visiting.Remove(spread.Name.Value);
                    break;
            }
        }
        return max;
    }

    public double Cost(NamedType parentType, SelectionSetNode selectionSet) => Cost(parentType, selectionSet, [], null, 1);

    private double Cost(NamedType parentType, SelectionSetNode selectionSet, HashSet<string> visiting, ListSizeInfo? sized, double sizedMultiplier)
    {
        double total = 0;
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    total += FieldCost(parentType, field, visiting, sized, sizedMultiplier);
                    break;
                case InlineFragmentNode inline:
                    var inlineType = inline.TypeCondition is { } condition ? schema.GetType(condition.Name.Value) ?? parentType : parentType;
                    total += Cost(inlineType, inline.SelectionSet, visiting, sized, sizedMultiplier);
                    break;
                case FragmentSpreadNode spread when fragments.TryGetValue(spread.Name.Value, out var fragment) && visiting.Add(spread.Name.Value):
                    total += Cost(schema.GetType(fragment.TypeCondition.Name.Value) ?? parentType, fragment.SelectionSet, visiting, sized, sizedMultiplier);
                    visiting.Remove(spread.Name.Value);
                    break;
            }
        }
        return total;
    }

    private double FieldCost(NamedType parentType, FieldNode node, HashSet<string> visiting, ListSizeInfo? sized, double sizedMultiplier)
    {
        if (parentType is not FieldsType fieldsType || fieldsType.GetField(node.Name.Value) is not { } field)
        {
            return 0;
        }
        var named = field.Type.Named;
        var weight = Weight(field.AppliedDirectives) ?? Weight(named.AppliedDirectives)
            ?? (named is ObjectType or InterfaceType or UnionType ? 1 : 0);
        foreach (var argument in node.Arguments)
        {
            if (field.GetArgument(argument.Name.Value) is { } definition)
            {
                weight += Weight(definition.AppliedDirectives) ?? 0;
            }
        }
        var listSize = ListSize(field, node);
        double children = 0;
        if (node.SelectionSet is { } selectionSet)
        {
            var childSized = listSize is { SizedFields.Count: > 0 } ? listSize : null;
            children = Cost(named, selectionSet, visiting, childSized, childSized?.Size ?? defaultListSize);
        }
        // A parent's @listSize(sizedFields:) sizes this field (the connection pattern); otherwise a list has its own size.
        double multiplier = 1;
        if (sized is not null && sized.SizedFields.Contains(field.Name))
        {
            multiplier = sizedMultiplier;
        }
        else if (field.Type.Nullable is ListType)
        {
            multiplier = listSize is { SizedFields.Count: > 0 } ? 1 : listSize?.Size ?? defaultListSize;
        }
        return weight + multiplier * children;
    }

    private sealed record ListSizeInfo(double? Size, IReadOnlyList<string> SizedFields);

    private ListSizeInfo? ListSize(FieldDefinition field, FieldNode node)
    {
        var directive = field.AppliedDirectives.FirstOrDefault(d => d.Name.Value == "listSize");
        if (directive is null)
        {
            return null;
        }
        double? assumed = null;
        double? sliced = null;
        IReadOnlyList<string> sizedFields = [];
        foreach (var argument in directive.Arguments)
        {
            switch (argument.Name.Value)
            {
                case "assumedSize" when argument.Value is IntValueNode size:
                    assumed = double.Parse(size.Value, CultureInfo.InvariantCulture);
                    break;
                case "sizedFields" when argument.Value is ListValueNode list:
                    sizedFields = list.Values.OfType<StringValueNode>().Select(s => s.Value).ToList();
                    break;
                case "slicingArguments" when argument.Value is ListValueNode list:
                    foreach (var name in list.Values.OfType<StringValueNode>().Select(s => s.Value))
                    {
                        var given = node.Arguments.FirstOrDefault(a => a.Name.Value == name)?.Value switch
                        {
                            IntValueNode i => double.Parse(i.Value, CultureInfo.InvariantCulture),
                            VariableNode v when variables.TryGetValue(v.Name.Value, out var value) && value is int n => n,
                            _ => (double?)null,
                        };
                        if (given is { } size)
                        {
                            sliced = Math.Max(sliced ?? 0, size);
                        }
                    }
                    break;
            }
        }
        return new ListSizeInfo(sliced ?? assumed, sizedFields);
    }

    private static double? Weight(IReadOnlyList<DirectiveNode> directives)
    {
        foreach (var directive in directives)
        {
            if (directive.Name.Value != "cost")
            {
                continue;
            }
            foreach (var argument in directive.Arguments)
            {
                if (argument.Name.Value == "weight")
                {
                    return argument.Value switch
                    {
                        IntValueNode i => double.Parse(i.Value, CultureInfo.InvariantCulture),
                        FloatValueNode f => double.Parse(f.Value, CultureInfo.InvariantCulture),
                        StringValueNode s when double.TryParse(s.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var w) => w,
                        _ => null,
                    };
                }
            }
        }
        return null;
    }
}
