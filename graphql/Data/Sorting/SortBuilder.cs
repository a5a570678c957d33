using System.Linq.Expressions;
using System.Reflection;

namespace DebtHub.GraphQL.Data;

/// <summary>
/// Turns <c>order: [{ balance: DESC }, { debtor: { lastName: ASC } }]</c> into sort keys (list order is priority;
/// nested objects sort by their related entity's members) and always ends with the mapping's unique key, so the
/// order is total and keyset cursors never skip or repeat rows.
/// </summary>
internal static class SortBuilder
{
    private static readonly MethodInfo OrderByMethod = QueryableMethod(nameof(Queryable.OrderBy));
    private static readonly MethodInfo OrderByDescendingMethod = QueryableMethod(nameof(Queryable.OrderByDescending));
    private static readonly MethodInfo ThenByMethod = QueryableMethod(nameof(Queryable.ThenBy));
    private static readonly MethodInfo ThenByDescendingMethod = QueryableMethod(nameof(Queryable.ThenByDescending));

    public static List<SortKey> Build(ObjectMapping mapping, ParameterExpression entity, object? order, Expression querySource)
    {
        var keys = new List<SortKey>();
        if (order is IEnumerable<object?> terms)
        {
            foreach (var term in terms)
            {
                if (term is IReadOnlyDictionary<string, object?> fields)
                {
                    Add(mapping, entity, fields, querySource, keys, wrap: null);
                }
            }
        }
        if (mapping.KeyExpression is null)
        {
            // A nested list of a type without a key: its order need not be total, it is not paged by cursor.
            return keys;
        }
        var key = ParameterReplacer.Replace(mapping.KeyLambda.Body, mapping.KeyLambda.Parameters[0], entity);
        var keyText = key.ToString();
        if (!keys.Exists(k => k.Value.ToString() == keyText))
        {
            keys.Add(new SortKey(key, false));
        }
        return keys;
    }

    /// <summary>Applies the keys as OrderBy/ThenBy; <paramref name="reverse"/> flips every direction (for <c>last</c>).</summary>
    public static IQueryable<T> Apply<T>(IQueryable<T> query, ParameterExpression entity, IReadOnlyList<SortKey> keys, bool reverse)
    {
        var expression = query.Expression;
        for (var i = 0; i < keys.Count; i++)
        {
            var descending = keys[i].Descending != reverse;
            var method = i == 0
                ? (descending ? OrderByDescendingMethod : OrderByMethod)
                : (descending ? ThenByDescendingMethod : ThenByMethod);
            var selector = Expression.Lambda(keys[i].Value, entity);
            expression = Expression.Call(method.MakeGenericMethod(typeof(T), keys[i].Value.Type), expression, Expression.Quote(selector));
        }
        return query.Provider.CreateQuery<T>(expression);
    }

    private static void Add(
        ObjectMapping mapping, Expression entity, IReadOnlyDictionary<string, object?> fields, Expression querySource,
        List<SortKey> keys, Func<Expression, Expression>? wrap)
    {
        foreach (var (name, direction) in fields)
        {
            if (direction is null || mapping.GetField(name) is not { Sortable: true } field)
            {
                continue;
            }
            var value = field.Bind(entity, querySource);
            if (direction is IReadOnlyDictionary<string, object?> nested && field.Shape == FieldShape.Object)
            {
                if (Relations.AsSingleQuery(value) is { } single)
                {
                    // A related row reached by a query: each nested key is a scalar subquery over it.
                    var item = Expression.Parameter(field.Target!.ClrType, "s");
                    Add(field.Target, item, nested, querySource, keys,
                        inner => Wrap(wrap, Relations.FirstOrDefault(Relations.Select(single, Expression.Lambda(inner, item)))));
                }
                else
                {
                    Add(field.Target!, value, nested, querySource, keys, wrap);
                }
                continue;
            }
            if (field.Shape == FieldShape.Leaf)
            {
                keys.Add(new SortKey(Wrap(wrap, value), direction is "DESC"));
            }
        }
    }

    private static Expression Wrap(Func<Expression, Expression>? wrap, Expression value) => wrap is null ? value : wrap(value);

    private static MethodInfo QueryableMethod(string name) => typeof(Queryable).GetMethods()
        .Single(m => m.Name == name && m.GetParameters().Length == 2);
}
