using System.Linq.Expressions;

namespace DebtHub.GraphQL.Data;

/// <summary>
/// Holds a request's value (a filter operand, a cursor key) so the expression reads it through a member: query
/// providers such as EF Core then send it as a SQL parameter, and the compiled query is reused for other values.
/// </summary>
internal sealed class Boxed<T>(T value)
{
    public T Value { get; } = value;
}

internal static class Parameter
{
    /// <summary>An expression of type <paramref name="type"/> that reads <paramref name="value"/> as a parameter.</summary>
    public static Expression Of(object? value, Type type)
    {
        var box = Activator.CreateInstance(typeof(Boxed<>).MakeGenericType(type), value)!;
        return Expression.Property(Expression.Constant(box), "Value");
    }
}
