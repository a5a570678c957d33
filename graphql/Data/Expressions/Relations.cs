using System.Linq.Expressions;
using System.Reflection;

namespace DebtHub.GraphQL.Data;

/// <summary>
/// Composes related sequences inside expressions with <see cref="Queryable"/> methods when the sequence is a query
/// (a set from <see cref="IQuerySource"/>) and <see cref="Enumerable"/> methods when it is a navigation collection.
/// </summary>
internal static class Relations
{
    private static readonly MethodInfo QueryableSelect = Generic(typeof(Queryable), nameof(Queryable.Select), 2, typeof(Expression<>));
    private static readonly MethodInfo EnumerableSelect = Generic(typeof(Enumerable), nameof(Enumerable.Select), 2, typeof(Func<,>));
    private static readonly MethodInfo QueryableWhere = Generic(typeof(Queryable), nameof(Queryable.Where), 2, typeof(Expression<>));
    private static readonly MethodInfo EnumerableWhere = Generic(typeof(Enumerable), nameof(Enumerable.Where), 2, typeof(Func<,>));
    private static readonly MethodInfo QueryableFirstOrDefault = Generic(typeof(Queryable), nameof(Queryable.FirstOrDefault), 1, null);
    private static readonly MethodInfo EnumerableFirstOrDefault = Generic(typeof(Enumerable), nameof(Enumerable.FirstOrDefault), 1, null);
    private static readonly MethodInfo QueryableAny = Generic(typeof(Queryable), nameof(Queryable.Any), 2, typeof(Expression<>));
    private static readonly MethodInfo EnumerableAny = Generic(typeof(Enumerable), nameof(Enumerable.Any), 2, typeof(Func<,>));
    private static readonly MethodInfo QueryableAnyEmpty = Generic(typeof(Queryable), nameof(Queryable.Any), 1, null);
    private static readonly MethodInfo EnumerableAnyEmpty = Generic(typeof(Enumerable), nameof(Enumerable.Any), 1, null);
    private static readonly MethodInfo QueryableAll = Generic(typeof(Queryable), nameof(Queryable.All), 2, typeof(Expression<>));
    private static readonly MethodInfo EnumerableAll = Generic(typeof(Enumerable), nameof(Enumerable.All), 2, typeof(Func<,>));
    private static readonly MethodInfo QueryableTake = typeof(Queryable).GetMethods()
        .Single(m => m.Name == nameof(Queryable.Take) && m.GetParameters()[1].ParameterType == typeof(int));
    private static readonly MethodInfo EnumerableTake = typeof(Enumerable).GetMethods()
        .Single(m => m.Name == nameof(Enumerable.Take) && m.GetParameters()[1].ParameterType == typeof(int));
    private static readonly MethodInfo ToListMethod = typeof(Enumerable).GetMethod(nameof(Enumerable.ToList))!;

    /// <summary>The item type of a sequence expression.</summary>
    public static Type ItemType(Type sequence) => sequence.IsArray
        ? sequence.GetElementType()!
        : (sequence.IsGenericType && sequence.GetGenericTypeDefinition() == typeof(IEnumerable<>) ? sequence : sequence.GetInterfaces()
            .First(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))).GetGenericArguments()[0];

    public static bool IsSequence(Type type) => type != typeof(string)
        && (type.IsArray || type.GetInterfaces().Append(type).Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>)));

    /// <summary>
    /// For <c>source.FirstOrDefault(predicate)</c> (and First, Single, SingleOrDefault) the filtered sequence, so the
    /// caller can project inside it; null for anything else (a navigation).
    /// </summary>
    public static Expression? AsSingleQuery(Expression related)
    {
        if (related is not MethodCallExpression call || (call.Method.DeclaringType != typeof(Queryable) && call.Method.DeclaringType != typeof(Enumerable))
            || call.Method.Name is not (nameof(Queryable.FirstOrDefault) or nameof(Queryable.First) or nameof(Queryable.SingleOrDefault) or nameof(Queryable.Single)))
        {
            return null;
        }
        var source = call.Arguments[0];
        return call.Arguments.Count == 2 ? Where(source, call.Arguments[1]) : source;
    }

    public static Expression Where(Expression source, Expression predicate)
    {
        var item = ItemType(source.Type);
        return IsQuery(source)
            ? Expression.Call(QueryableWhere.MakeGenericMethod(item), source, Quote(predicate))
            : Expression.Call(EnumerableWhere.MakeGenericMethod(item), source, Unquote(predicate));
    }

    public static Expression Select(Expression source, LambdaExpression selector)
    {
        var item = ItemType(source.Type);
        return IsQuery(source)
            ? Expression.Call(QueryableSelect.MakeGenericMethod(item, selector.ReturnType), source, Expression.Quote(selector))
            : Expression.Call(EnumerableSelect.MakeGenericMethod(item, selector.ReturnType), source, selector);
    }

    public static Expression FirstOrDefault(Expression source)
    {
        var item = ItemType(source.Type);
        return Expression.Call((IsQuery(source) ? QueryableFirstOrDefault : EnumerableFirstOrDefault).MakeGenericMethod(item), source);
    }

    public static Expression Any(Expression source, LambdaExpression? predicate)
    {
        var item = ItemType(source.Type);
        if (predicate is null)
        {
            return Expression.Call((IsQuery(source) ? QueryableAnyEmpty : EnumerableAnyEmpty).MakeGenericMethod(item), source);
        }
        return IsQuery(source)
            ? Expression.Call(QueryableAny.MakeGenericMethod(item), source, Expression.Quote(predicate))
            : Expression.Call(EnumerableAny.MakeGenericMethod(item), source, predicate);
    }

    public static Expression All(Expression source, LambdaExpression predicate)
    {
        var item = ItemType(source.Type);
        return IsQuery(source)
            ? Expression.Call(QueryableAll.MakeGenericMethod(item), source, Expression.Quote(predicate))
            : Expression.Call(EnumerableAll.MakeGenericMethod(item), source, predicate);
    }

    /// <summary>OrderBy/ThenBy(Descending) over a query or a collection.</summary>
    public static Expression Order(Expression source, LambdaExpression key, bool descending, bool first)
    {
        var name = (first ? "OrderBy" : "ThenBy") + (descending ? "Descending" : "");
        var query = IsQuery(source);
        var method = (query ? typeof(Queryable) : typeof(Enumerable)).GetMethods()
            .Single(m => m.Name == name && m.GetParameters().Length == 2)
            .MakeGenericMethod(ItemType(source.Type), key.ReturnType);
        return Expression.Call(method, source, query ? Expression.Quote(key) : key);
    }

    public static Expression Take(Expression source, int count)
    {
        var item = ItemType(source.Type);
        return Expression.Call((IsQuery(source) ? QueryableTake : EnumerableTake).MakeGenericMethod(item), source, Expression.Constant(count));
    }

    public static Expression ToList(Expression source)
        => Expression.Call(ToListMethod.MakeGenericMethod(ItemType(source.Type)), source);

    private static bool IsQuery(Expression source) => typeof(IQueryable).IsAssignableFrom(source.Type);

    private static Expression Quote(Expression predicate) => predicate is LambdaExpression lambda ? Expression.Quote(lambda) : predicate;

    private static Expression Unquote(Expression predicate) => predicate is UnaryExpression { NodeType: ExpressionType.Quote } quote ? quote.Operand : predicate;

    private static MethodInfo Generic(Type type, string name, int parameters, Type? predicateKind) => type.GetMethods().Single(m =>
        m.Name == name && m.IsGenericMethodDefinition && m.GetParameters().Length == parameters
        && (predicateKind is null || IsOneArgumentFunction(m.GetParameters()[1].ParameterType, predicateKind)));

    /// <summary><c>Func&lt;T, R&gt;</c> or <c>Expression&lt;Func&lt;T, R&gt;&gt;</c>, not the overloads that also pass the index.</summary>
    private static bool IsOneArgumentFunction(Type parameter, Type kind)
    {
        if (kind == typeof(Expression<>))
        {
            if (!parameter.IsGenericType || parameter.GetGenericTypeDefinition() != typeof(Expression<>))
            {
                return false;
            }
            parameter = parameter.GetGenericArguments()[0];
        }
        return parameter.IsGenericType && parameter.GetGenericTypeDefinition() == typeof(Func<,>);
    }
}
