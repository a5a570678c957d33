namespace DebtHub.GraphQL.Data;

/// <summary>Per-field choices of a mapping: whether the field appears in the filter and sort inputs.</summary>
public sealed class FieldOptions
{
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
