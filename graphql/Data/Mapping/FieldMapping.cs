using System.Linq.Expressions;

namespace DebtHub.GraphQL.Data;

/// <summary>How a GraphQL field reads its value from an entity: a leaf, one related object, or a list.</summary>
internal enum FieldShape
{
    Leaf,
    LeafList,
    Object,
    ObjectList,
}

/// <summary>
/// One GraphQL field of a mapped type and the expression over the entity that produces it (declared, or found by
/// name among the CLR type's properties). The shape and target are filled when <see cref="DataModel"/> reads the SDL.
/// </summary>
internal sealed class FieldMapping(string name, LambdaExpression value, bool filterable, bool sortable, FieldOptions? options = null)
{
    public FieldOptions? Options { get; } = options;

    public string Name { get; } = name;

    /// <summary><c>(T entity) =&gt; value</c> or <c>(T entity, IQuerySource q) =&gt; value</c>.</summary>
    public LambdaExpression Value { get; } = value;

    public bool Filterable { get; } = filterable;

    public bool Sortable { get; } = sortable;

    public FieldShape Shape { get; set; }

    /// <summary>The mapping of the related type, for <see cref="FieldShape.Object"/> and <see cref="FieldShape.ObjectList"/>.</summary>
    public ObjectMapping? Target { get; set; }

    /// <summary>The GraphQL named type of the field (the item type for lists).</summary>
    public string GraphQLType { get; set; } = "";

    /// <summary>The SDL field takes arguments: each alias is projected on its own and read back by response key.</summary>
    public bool HasArguments { get; set; }

    /// <summary>The row entry of a selection: the field name, or <c>name:alias</c> for an alias.</summary>
    public static string EntryName(Language.Ast.FieldNode node)
        => node.Alias is { } alias && alias.Value != node.Name.Value ? node.Name.Value + ":" + alias.Value : node.Name.Value;

    /// <summary>Reads the entry of the selection being resolved, for fields with arguments (see <see cref="HasArguments"/>).</summary>
    public static ValueTask<object?> ReadEntry(Types.IResolverContext context)
    {
        var name = context.Selection.Name.Value;
        if (context.Parent is ProjectedRow row && (row.TryGetValue(EntryName(context.Selection), out var value) || row.TryGetValue(name, out value)))
        {
            return new ValueTask<object?>(value);
        }
        return new ValueTask<object?>(Types.DefaultResolvers.ReadProperty(context.Parent, name));
    }

    /// <summary>The <c>id</c> of a Node type: the key, written and read as an opaque global id.</summary>
    public bool IsGlobalId { get; set; }

    /// <summary>The GraphQL type name of the object whose field this is (for global ids).</summary>
    public string OwnerType { get; set; } = "";

    /// <summary>The CLR type of the value, or of one item for lists.</summary>
    public Type ItemType { get; set; } = typeof(object);

    /// <summary>The field's expression applied to <paramref name="entity"/>.</summary>
    public Expression Bind(Expression entity, Expression querySource) => Value.Parameters.Count == 1
        ? ParameterReplacer.Replace(Value.Body, Value.Parameters[0], entity)
        : ParameterReplacer.Replace(ParameterReplacer.Replace(Value.Body, Value.Parameters[0], entity), Value.Parameters[1], querySource);
}
