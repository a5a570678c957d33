using System.Linq.Expressions;

namespace DebtHub.GraphQL.Data;

/// <summary>
/// Per-field choices of a mapping: whether the field appears in the filter and sort inputs, and how a list field's own
/// SDL arguments (besides <c>where</c>, <c>order</c>, <c>first</c>/<c>take</c>, which apply by themselves) narrow it.
/// </summary>
public sealed class FieldOptions
{
    internal Func<IReadOnlyDictionary<string, object?>, LambdaExpression?>? ArgumentFilter { get; private set; }

    internal string? LimitArgument { get; private set; }

    /// <summary>
    /// A condition on the list's items from the field's coerced arguments, e.g. for <c>holds(activeOnly: Boolean)</c>:
    /// <c>f.Where&lt;AccountHold&gt;(args =&gt; args["activeOnly"] is true ? h =&gt; h.LiftedAt == null : null)</c>.
    /// </summary>
    public FieldOptions Where<TItem>(Func<IReadOnlyDictionary<string, object?>, Expression<Func<TItem, bool>>?> predicate)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        ArgumentFilter = predicate;
        return this;
    }

    /// <summary>The Int argument that limits how many items the list holds (after its order), e.g. <c>last</c>.</summary>
    public FieldOptions Limit(string argumentName)
    {
        LimitArgument = argumentName;
        return this;
    }

    internal bool Filterable { get; private set; } = true;

    internal bool Sortable { get; private set; } = true;

    /// <summary>Leaves the field out of the type's <c>XFilterInput</c>.</summary>
    public FieldOptions NotFilterable()
    {
        Filterable = false;
        return this;
    }

    /// <summary>Leaves the field out of the type's <c>XSortInput</c>.</summary>
    public FieldOptions NotSortable()
    {
        Sortable = false;
        return this;
    }
}
