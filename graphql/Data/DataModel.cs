using DebtHub.GraphQL.Types;

namespace DebtHub.GraphQL.Data;

/// <summary>
/// The data declarations of a schema: which GraphQL object types read from which entities (<see cref="Object{T}"/>),
/// which fields are paged lists over a query (<see cref="Connection{T}"/>, <see cref="OffsetList{T}"/>), and whether
/// the schema has global object identification (<see cref="GlobalObjectIdentification"/>). Pass it to
/// <see cref="DataSchemaBuilderExtensions.AddData"/> after the SDL: it generates the connection, filter and sort
/// types and binds the resolvers. See graphql/Data/README.md for a full example.
/// </summary>
public sealed class DataModel
{
    internal Dictionary<string, ObjectMapping> Mappings { get; } = new(StringComparer.Ordinal);

    internal List<ListFieldDeclaration> Lists { get; } = [];

    internal bool Nodes { get; private set; }

    internal int MaxNodeBatchSize { get; private set; } = 100;

    /// <summary>Maps SDL object type <paramref name="typeName"/> to entity <typeparamref name="T"/>.</summary>
    public DataModel Object<T>(string typeName, Action<ObjectMapping<T>>? configure = null)
        where T : class
    {
        var mapping = new ObjectMapping<T>(typeName);
        configure?.Invoke(mapping);
        Mappings[typeName] = mapping;
        return this;
    }

    /// <summary>
    /// Adds field <paramref name="coordinate"/> (<c>Query.accounts</c>) as a Relay connection over the query
    /// <paramref name="source"/> returns (already scoped to what the caller may see), with <c>first after last
    /// before</c>, <c>where</c> and <c>order</c>. Its items are <typeparamref name="T"/>'s mapped type.
    /// </summary>
    public DataModel Connection<T>(string coordinate, Func<IResolverContext, IQueryable<T>> source, Action<ListFieldOptions>? configure = null)
        where T : class
        => AddList(coordinate, typeof(T), configure, (mapping, options) => new ConnectionField<T>(mapping, source, options).ResolveAsync);

    /// <summary>Adds field <paramref name="coordinate"/> as an offset-paged list (<c>skip</c>/<c>take</c>, a CollectionSegment).</summary>
    public DataModel OffsetList<T>(string coordinate, Func<IResolverContext, IQueryable<T>> source, Action<ListFieldOptions>? configure = null)
        where T : class
        => AddList(coordinate, typeof(T), configure, (mapping, options) => new OffsetField<T>(mapping, source, options).ResolveAsync, offset: true);

    /// <summary>
    /// Adds <c>interface Node { id: ID! }</c>, <c>node(id: ID!): Node</c> and <c>nodes(ids: [ID!]!): [Node]!</c>.
    /// Mapped types that implement Node get opaque ids and load through their <c>NodeSource</c>.
    /// </summary>
    public DataModel GlobalObjectIdentification(int maxNodeBatchSize = 100)
    {
        Nodes = true;
        MaxNodeBatchSize = maxNodeBatchSize;
        return this;
    }

    private DataModel AddList(
        string coordinate, Type clrType, Action<ListFieldOptions>? configure, Func<ObjectMapping, ListFieldOptions, FieldResolver> resolver, bool offset = false)
    {
        var dot = coordinate.IndexOf('.', StringComparison.Ordinal);
        if (dot <= 0 || dot == coordinate.Length - 1)
        {
            throw new ArgumentException($"\"{coordinate}\" is not a field coordinate such as Query.accounts.", nameof(coordinate));
        }
        var options = new ListFieldOptions();
        configure?.Invoke(options);
        Lists.Add(new ListFieldDeclaration(coordinate[..dot], coordinate[(dot + 1)..], clrType, offset, options, resolver));
        return this;
    }
}

/// <summary>One paged list field as declared; its resolver is created once the item type's mapping is known.</summary>
internal sealed record ListFieldDeclaration(
    string ParentType, string FieldName, Type ItemClrType, bool Offset, ListFieldOptions Options,
    Func<ObjectMapping, ListFieldOptions, FieldResolver> CreateResolver)
{
    public string Stem => Options.TypeName ?? char.ToUpperInvariant(FieldName[0]) + FieldName[1..];
}
