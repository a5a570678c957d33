namespace DebtHub.GraphQL.Data;

/// <summary>Choices for one paged list field; the defaults are HotChocolate's.</summary>
public sealed class ListFieldOptions
{
    /// <summary>The field's description in the SDL.</summary>
    public string? Description { get; set; }

    /// <summary>Items per page when the query gives neither <c>first</c> nor <c>last</c> (or <c>take</c>).</summary>
    public int DefaultPageSize { get; set; } = 10;

    /// <summary>The most items one page may ask for; more is a field error (<c>HC0051</c>).</summary>
    public int MaxPageSize { get; set; } = 50;

    /// <summary>Adds <c>where: XFilterInput</c>.</summary>
    public bool Filtering { get; set; } = true;

    /// <summary>Adds <c>order: [XSortInput!]</c>.</summary>
    public bool Sorting { get; set; } = true;

    /// <summary>
    /// The connection's type name stem; by default the field name in PascalCase (<c>accounts</c> gives
    /// <c>AccountsConnection</c> and <c>AccountsEdge</c>, or <c>AccountsCollectionSegment</c>).
    /// </summary>
    public string? TypeName { get; set; }

    /// <summary>Further arguments in SDL, e.g. <c>"collectorId: ID"</c>; the source function reads them from the context.</summary>
    public string? Arguments { get; set; }
}
