using System.Linq.Expressions;
using System.Reflection;

namespace DebtHub.GraphQL.Data;

/// <summary>
/// Ordering comparisons between a member and a value of any comparable type, written the way LINQ providers
/// translate: the type's own operators where C# has them (numbers, dates), <c>string.Compare(a, b) &gt; 0</c> for
/// strings, <c>a.CompareTo(b) &gt; 0</c> otherwise (Guid, enums).
/// </summary>
internal static class Comparisons
{
    private static readonly MethodInfo StringCompare = typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!;

    public static Expression GreaterThan(Expression left, Expression right) => Compare(ExpressionType.GreaterThan, left, right);

    public static Expression GreaterThanOrEqual(Expression left, Expression right) => Compare(ExpressionType.GreaterThanOrEqual, left, right);

    public static Expression LessThan(Expression left, Expression right) => Compare(ExpressionType.LessThan, left, right);

    public static Expression LessThanOrEqual(Expression left, Expression right) => Compare(ExpressionType.LessThanOrEqual, left, right);

    public static Expression Equal(Expression left, Expression right) => Expression.Equal(left, Align(right, left.Type));

    public static Expression Compare(ExpressionType kind, Expression left, Expression right)
    {
        right = Align(right, left.Type);
        var type = Nullable.GetUnderlyingType(left.Type) ?? left.Type;
        if (type == typeof(string))
        {
            return Expression.MakeBinary(kind, Expression.Call(StringCompare, left, right), Expression.Constant(0));
        }
        if (type.IsEnum)
        {
            // Enums compare by their numeric value, as they are stored.
            var underlying = Enum.GetUnderlyingType(type);
            var numeric = left.Type == type ? underlying : typeof(Nullable<>).MakeGenericType(underlying);
            return Expression.MakeBinary(kind, Expression.Convert(left, numeric), Expression.Convert(right, numeric));
        }
        if (type.IsPrimitive || type == typeof(decimal) || HasOperator(type, kind))
        {
            return Expression.MakeBinary(kind, left, right);
        }
        var compareTo = type.GetMethod(nameof(IComparable.CompareTo), [type])
            ?? throw new InvalidOperationException($"{type.Name} values cannot be compared.");
        if (left.Type != type)
        {
            // Nullable: null sorts as the largest value (PostgreSQL's default), so comparing against it is false.
            var call = Expression.Call(Expression.Convert(left, type), compareTo, Expression.Convert(right, type));
            return Expression.AndAlso(
                Expression.AndAlso(Expression.NotEqual(left, Expression.Constant(null, left.Type)), Expression.NotEqual(right, Expression.Constant(null, left.Type))),
                Expression.MakeBinary(kind, call, Expression.Constant(0)));
        }
        return Expression.MakeBinary(kind, Expression.Call(left, compareTo, right), Expression.Constant(0));
    }

    private static bool HasOperator(Type type, ExpressionType kind)
    {
        var name = kind switch
        {
            ExpressionType.GreaterThan => "op_GreaterThan",
            ExpressionType.GreaterThanOrEqual => "op_GreaterThanOrEqual",
            ExpressionType.LessThan => "op_LessThan",
            _ => "op_LessThanOrEqual",
        };
        // Guid has operators since .NET 7, but providers translate its CompareTo, not them.
        return type != typeof(Guid) && type.GetMethod(name, BindingFlags.Public | BindingFlags.Static, [type, type]) is not null;
    }

    /// <summary>Converts a value expression to the member's type (a non-null value against a nullable member).</summary>
    public static Expression Align(Expression value, Type type) => value.Type == type ? value : Expression.Convert(value, type);
}
