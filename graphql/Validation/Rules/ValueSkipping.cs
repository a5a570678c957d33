using DebtHub.GraphQL.Language.Ast;
using DebtHub.GraphQL.Types;

namespace DebtHub.GraphQL.Validation.Rules;

/// <summary>
/// The value rules stop descending into a list or object literal that stands where no list or input object is
/// expected (the whole literal is reported once instead), exactly as graphql-js's ValuesOfCorrectType does.
/// </summary>
internal static class ValueSkipping
{
    /// <summary>A list literal whose position does not expect a list.</summary>
    public static bool IsMisplacedList(ValidationContext context) => context.TypeInfo.ParentInputType?.Nullable is not ListType;

    /// <summary>An object literal whose position does not expect an input object, or the input object it fills.</summary>
    public static InputObjectType? ExpectedInputObject(ValidationContext context) => context.TypeInfo.InputType?.Named as InputObjectType;
}
