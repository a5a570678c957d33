using System.Linq.Expressions;

namespace DebtHub.GraphQL.Data;

/// <summary>
/// The keyset condition "rows after (or before) this cursor in this order": for keys k1..kn with cursor values
/// v1..vn, (k1 beyond v1) or (k1 = v1 and k2 beyond v2) or ... NULL counts as larger than every value, as in
/// PostgreSQL's default ordering (NULLS LAST ascending, NULLS FIRST descending).
/// </summary>
internal static class Keyset
{
    public static Expression<Func<T, bool>> Beyond<T>(ParameterExpression entity, IReadOnlyList<SortKey> keys, object?[] values, bool forward)
    {
        Expression? any = null;
        for (var i = 0; i < keys.Count; i++)
        {
            Expression term = Past(keys[i], values[i], forward);
            for (var j = i - 1; j >= 0; j--)
            {
                term = Expression.AndAlso(Same(keys[j], values[j]), term);
            }
            any = any is null ? term : Expression.OrElse(any, term);
        }
        return Expression.Lambda<Func<T, bool>>(any ?? Expression.Constant(true), entity);
    }

    private static Expression Same(SortKey key, object? value) => value is null
        ? Expression.Equal(key.Value, Expression.Constant(null, key.Value.Type))
        : Comparisons.Equal(key.Value, Parameter.Of(value, key.Value.Type));

    private static Expression Past(SortKey key, object? value, bool forward)
    {
        var member = key.Value;
        var nullable = !member.Type.IsValueType || Nullable.GetUnderlyingType(member.Type) is not null;
        var upward = key.Descending != forward;
        if (upward)
        {
            // Larger than the value: nothing is larger than NULL; NULL is larger than any value.
            if (value is null)
            {
                return Expression.Constant(false);
            }
            var greater = Comparisons.GreaterThan(member, Parameter.Of(value, member.Type));
            return nullable ? Expression.OrElse(greater, Expression.Equal(member, Expression.Constant(null, member.Type))) : greater;
        }
        if (value is null)
        {
            return nullable ? Expression.NotEqual(member, Expression.Constant(null, member.Type)) : Expression.Constant(true);
        }
        return Comparisons.LessThan(member, Parameter.Of(value, member.Type));
    }
}
