using System.Linq.Expressions;
using System.Reflection;

namespace DebtHub.GraphQL.Data;

/// <summary>
/// Declares how one GraphQL object type of the SDL reads from one CLR entity type. Fields that are not declared bind
/// by name to the entity's public properties (case-insensitive); declare a field to rename it, compute it, reach a
/// related entity, or unwrap a value object. Fields neither declared nor found are left to their own resolvers.
/// </summary>
public abstract class ObjectMapping
{
    private protected ObjectMapping(string typeName, Type clrType)
    {
        TypeName = typeName;
        ClrType = clrType;
    }

    /// <summary>The GraphQL object type's name in the SDL.</summary>
    public string TypeName { get; }

    public Type ClrType { get; }

    internal LambdaExpression? KeyExpression { get; private protected set; }

    internal Dictionary<string, FieldMapping> Declared { get; } = new(StringComparer.Ordinal);

    internal HashSet<string> Ignored { get; } = new(StringComparer.Ordinal);

    internal List<KeyValuePair<string, LambdaExpression>> Required { get; } = [];

    /// <summary>The resolved fields (declared and found by name), filled when the SDL is read.</summary>
    internal Dictionary<string, FieldMapping> Fields { get; } = new(StringComparer.Ordinal);

    /// <summary>Set when the type implements <c>Node</c>: its <c>id</c> field is the opaque global id of the key.</summary>
    internal bool IsNode { get; set; }

    /// <summary>The query the <c>node</c>/<c>nodes</c> fields load this type from.</summary>
    internal Func<Types.IResolverContext, IQueryable>? NodeQuery { get; private protected set; }

    /// <summary>The key as a lambda over the entity; required for paging (the tiebreaker) and node ids.</summary>
    internal LambdaExpression KeyLambda => KeyExpression
        ?? throw new InvalidOperationException($"The mapping of {TypeName} declares no key; call Key(e => e.Id).");

    internal FieldMapping? GetField(string name) => Fields.GetValueOrDefault(name);

    /// <summary>Loads the rows of <paramref name="keys"/> from the node source in one query, by key.</summary>
    internal abstract Task<Dictionary<object, ProjectedRow>> LoadNodesAsync(
        Types.IResolverContext context, IReadOnlyList<object> keys, IReadOnlyList<Language.Ast.SelectionSetNode> selectionSets);

    /// <summary>A property of the entity that an SDL field binds to by name, when it was not declared.</summary>
    internal LambdaExpression? FindMember(string fieldName)
    {
        var property = ClrType.GetProperty(fieldName, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
        if (property?.GetMethod is null || property.GetIndexParameters().Length > 0)
        {
            return null;
        }

        var entity = Expression.Parameter(ClrType, "e");
        return Expression.Lambda(Expression.Property(entity, property), entity);
    }
}

/// <summary>The mapping of GraphQL type <see cref="ObjectMapping.TypeName"/> to entity <typeparamref name="T"/>.</summary>
/// <example><code>
/// model.Object&lt;Account&gt;("Account", account => account
///     .Key(a => a.Id)
///     .Field("balance", a => a.PrincipalBalance + a.InterestBalance + a.FeeBalance)
///     .Field("debtor", (a, q) => q.Set&lt;Debtor&gt;().FirstOrDefault(d => d.Id == a.DebtorId))
///     .Field("holds", a => a.Holds, f => f.NotSortable())
///     .Ignore("nextContactAt"));
/// </code></example>
public sealed class ObjectMapping<T> : ObjectMapping
    where T : class
{
    internal ObjectMapping(string typeName)
        : base(typeName, typeof(T))
    {
    }

    /// <summary>
    /// The unique key: the last sort key of every page (so keyset cursors are total), and the value inside node ids.
    /// </summary>
    public ObjectMapping<T> Key<TKey>(Expression<Func<T, TKey>> key)
    {
        ArgumentNullException.ThrowIfNull(key);
        KeyExpression = key;
        return this;
    }

    /// <summary>
    /// Maps field <paramref name="name"/> to an expression over the entity: a member, a computation, a value
    /// object's part, a navigation to a mapped type (one or a collection).
    /// </summary>
    public ObjectMapping<T> Field<TValue>(string name, Expression<Func<T, TValue>> value, Action<FieldOptions>? options = null)
        => Add(name, value, options);

    /// <summary>
    /// Maps field <paramref name="name"/> to an expression that may read other entity sets through
    /// <see cref="IQuerySource"/>, e.g. <c>(a, q) =&gt; q.Set&lt;Debtor&gt;().FirstOrDefault(d =&gt; d.Id == a.DebtorId)</c>
    /// or <c>(d, q) =&gt; q.Set&lt;Account&gt;().Where(a =&gt; a.DebtorId == d.Id)</c>; it joins in the same SQL query.
    /// </summary>
    public ObjectMapping<T> Field<TValue>(string name, Expression<Func<T, IQuerySource, TValue>> value, Action<FieldOptions>? options = null)
        => Add(name, value, options);

    /// <summary>The SDL field is not read from the entity (its own resolver supplies it); it is not filterable or sortable.</summary>
    public ObjectMapping<T> Ignore(string name)
    {
        Ignored.Add(name);
        return this;
    }

    /// <summary>
    /// Always reads <paramref name="value"/> into the row under <paramref name="name"/>, whatever the selection, so a
    /// field with its own resolver (a DataLoader, say) finds it: <c>((ProjectedRow)context.Parent).Get&lt;Guid&gt;(name)</c>.
    /// </summary>
    public ObjectMapping<T> Requires<TValue>(string name, Expression<Func<T, TValue>> value)
    {
        Required.Add(new(name, value));
        return this;
    }

    /// <summary>Lets <c>node(id:)</c>/<c>nodes(ids:)</c> load this type from <paramref name="source"/> (one query per type).</summary>
    public ObjectMapping<T> NodeSource(Func<Types.IResolverContext, IQueryable<T>> source)
    {
        ArgumentNullException.ThrowIfNull(source);
        NodeQuery = source;
        return this;
    }

    internal override async Task<Dictionary<object, ProjectedRow>> LoadNodesAsync(
        Types.IResolverContext context, IReadOnlyList<object> keys, IReadOnlyList<Language.Ast.SelectionSetNode> selectionSets)
    {
        var query = new ListQuery<T>(this, context);
        var key = ParameterReplacer.Replace(KeyLambda.Body, KeyLambda.Parameters[0], query.Entity);
        var keyList = (System.Collections.IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(key.Type))!;
        foreach (var value in keys)
        {
            keyList.Add(value);
        }
        var contains = Expression.Call(
            typeof(Enumerable).GetMethods().Single(m => m.Name == nameof(Enumerable.Contains) && m.GetParameters().Length == 2).MakeGenericMethod(key.Type),
            Parameter.Of(keyList, keyList.GetType()), key);
        var source = ((IQueryable<T>)NodeQuery!(context)).Where(Expression.Lambda<Func<T, bool>>(contains, query.Entity));
        var rows = await query.ToListAsync(query.Project(source, selectionSets, [
            new KeyValuePair<string, Expression>("__typename", Expression.Constant(TypeName)),
            new KeyValuePair<string, Expression>("$key", key),
        ]));
        var byKey = new Dictionary<object, ProjectedRow>(rows.Count);
        foreach (var row in rows)
        {
            byKey[row["$key"]!] = row;
        }
        return byKey;
    }

    private ObjectMapping<T> Add(string name, LambdaExpression value, Action<FieldOptions>? options)
    {
        ArgumentNullException.ThrowIfNull(value);
        var chosen = new FieldOptions();
        options?.Invoke(chosen);
        Declared[name] = new FieldMapping(name, value, chosen.Filterable, chosen.Sortable, chosen);
        return this;
    }
}
