using DebtHub.GraphQL.Data;
using DebtHub.GraphQL.Types;

namespace DebtHub.Api.Schema;

/// <summary>
/// A field's parent is either an entity (from a mutation payload, a loader or a subscription) or a projected row (from
/// a connection, node or single-object query, where the SQL read only what was selected). These read both.
/// </summary>
internal static class Parents
{
    /// <summary>A resolver that computes the field from an entity parent and reads it from a row parent.</summary>
    public static FieldResolver Field<T>(Func<T, IResolverContext, object?> fromEntity) =>
        context => new(context.Parent is T entity ? fromEntity(entity, context) : DefaultResolvers.ReadProperty(context.Parent, context.Field.Name));

    /// <summary>A value the field needs: from the entity, or from the row entry declared with <c>Requires(name, ...)</c>.</summary>
    public static TValue Value<T, TValue>(this IResolverContext context, string required, Func<T, TValue> fromEntity) => context.Parent switch
    {
        T entity => fromEntity(entity),
        ProjectedRow row when row.TryGetValue(required, out var value) => (TValue)value!,
        _ => throw new InvalidOperationException($"{context.Field.Coordinate} needs \"{required}\" from its parent row; declare it with Requires."),
    };

    /// <summary>The opaque id of a Node type, whichever kind of parent.</summary>
    public static FieldResolver NodeId<T>(string typeName, Func<T, Guid> key) => context => new(context.Parent switch
    {
        T entity => NodeIds.Format(typeName, key(entity)),
        ProjectedRow row when row.TryGetValue("id", out var id) => id is Guid guid ? NodeIds.Format(typeName, guid) : id,
        _ => null,
    });
}
