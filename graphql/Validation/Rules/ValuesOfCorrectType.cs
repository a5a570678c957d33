using DebtHub.GraphQL.Language;
using DebtHub.GraphQL.Language.Ast;
using DebtHub.GraphQL.Types;

namespace DebtHub.GraphQL.Validation.Rules;

/// <summary>
/// Values of Correct Type (https://spec.graphql.org/September2025/#sec-Values-of-Correct-Type):
/// "For each literal Input Value value in the document: Let type be the type expected in the position value is found.
/// value must be coercible to type (with the assumption that any variableUsage nested within value will represent a
/// runtime value valid for usage in its position)." Includes the OneOf rule: "exactly one field, and it must not be
/// null". Messages are the scalars' and enums' own (graphql-js parseLiteral wording).
/// </summary>
internal sealed class ValuesOfCorrectType : ValidationRule
{
    private static readonly SyntaxKind[] _kinds =
    [
        SyntaxKind.ListValue, SyntaxKind.ObjectValue, SyntaxKind.NullValue, SyntaxKind.EnumValue, SyntaxKind.IntValue,
        SyntaxKind.FloatValue, SyntaxKind.StringValue, SyntaxKind.BooleanValue,
    ];

    public override IReadOnlyList<SyntaxKind> EnterKinds => _kinds;

    public override bool Enter(SyntaxNode node, ValidationContext context)
    {
        switch (node)
        {
            case ListValueNode:
                if (ValueSkipping.IsMisplacedList(context))
                {
                    IsValidValueNode(context, (ValueNode)node);
                    return false;
                }

                return true;
            case ObjectValueNode obj:
                if (ValueSkipping.ExpectedInputObject(context) is not { } inputObject)
                {
                    IsValidValueNode(context, obj);
                    return false;
                }

                if (inputObject.IsOneOf)
                {
                    ValidateOneOf(context, obj, inputObject);
                }

                return true;
            case NullValueNode:
                if (context.TypeInfo.InputType is NonNullType nonNull)
                {
                    context.ReportError($"Expected value of type \"{nonNull}\", found {Printer.Print(node)}.", node);
                }

                return true;
            default:
                IsValidValueNode(context, (ValueNode)node);
                return true;
        }
    }

    private static void IsValidValueNode(ValidationContext context, ValueNode node)
    {
        var locationType = context.TypeInfo.InputType;
        if (locationType is null)
        {
            return;
        }

        var type = locationType.Named;
        if (!type.IsLeafType)
        {
            context.ReportError($"Expected value of type \"{locationType}\", found {Printer.Print(node)}.", node);
            return;
        }

        if (type is EnumType enumType)
        {
            if (node is not EnumValueNode enumValue)
            {
                var printed = Printer.Print(node);
                context.ReportError($"Enum \"{enumType.Name}\" cannot represent non-enum value: {printed}." + DidYouMeanEnumValue(enumType, printed), node);
            }
            else if (enumType.GetValue(enumValue.Value) is null)
            {
                context.ReportError($"Value \"{enumValue.Value}\" does not exist in \"{enumType.Name}\" enum." + DidYouMeanEnumValue(enumType, enumValue.Value), node);
            }

            return;
        }

        var scalar = (ScalarType)type;
        try
        {
            scalar.ParseLiteral(node);
        }
        catch (ScalarCoercionException exception)
        {
            context.ReportError(
                scalar.IsBuiltIn ? exception.Message : $"Expected value of type \"{locationType}\", found {Printer.Print(node)}; {exception.Message}",
                node);
        }
    }

    private static string DidYouMeanEnumValue(EnumType enumType, string unknownValue)
        => Suggestions.DidYouMean("the enum value", Suggestions.List(unknownValue, enumType.Values.Select(v => v.Name)));

    private static void ValidateOneOf(ValidationContext context, ObjectValueNode node, InputObjectType type)
    {
        var keys = new List<string>();
        var values = new Dictionary<string, ValueNode>(StringComparer.Ordinal);
        foreach (var field in node.Fields)
        {
            if (!values.ContainsKey(field.Name.Value))
            {
                keys.Add(field.Name.Value);
            }

            values[field.Name.Value] = field.Value;
        }

        if (keys.Count != 1)
        {
            context.ReportError($"OneOf Input Object \"{type.Name}\" must specify exactly one key.", node);
            return;
        }

        if (values[keys[0]] is NullValueNode)
        {
            context.ReportError($"Field \"{type.Name}.{keys[0]}\" must be non-null.", node);
        }
    }
}
