using System.Linq.Expressions;
using System.Reflection;

namespace DebtHub.GraphQL.Data;

/// <summary>
/// Turns a coerced <c>where:</c> value into a predicate over the entity: <c>and</c>/<c>or</c> lists, the operators
/// of each field's operation input (eq neq in nin gt ngt gte ngte lt nlt lte nlte, string contains/startsWith/
/// endsWith and their n-forms), nested objects and list quantifiers (some all none any). Operands become query
/// parameters, never SQL text.
/// </summary>
internal sealed class FilterBuilder(Expression querySource)
{
    private static readonly MethodInfo StringContains = typeof(string).GetMethod(nameof(string.Contains), [typeof(string)])!;
    private static readonly MethodInfo StringStartsWith = typeof(string).GetMethod(nameof(string.StartsWith), [typeof(string)])!;
    private static readonly MethodInfo StringEndsWith = typeof(string).GetMethod(nameof(string.EndsWith), [typeof(string)])!;
    private static readonly MethodInfo EnumerableContains = typeof(Enumerable).GetMethods()
        .Single(m => m.Name == nameof(Enumerable.Contains) && m.GetParameters().Length == 2);

    public Expression<Func<T, bool>> Build<T>(ObjectMapping mapping, ParameterExpression entity, IReadOnlyDictionary<string, object?> filter)
        => Expression.Lambda<Func<T, bool>>(Object(mapping, entity, filter), entity);

    /// <summary>The predicate over one item of <paramref name="mapping"/>'s type (for nested lists).</summary>
    public LambdaExpression Predicate(ObjectMapping mapping, IReadOnlyDictionary<string, object?> filter)
    {
        var item = Expression.Parameter(mapping.ClrType, "f");
        return Expression.Lambda(Object(mapping, item, filter), item);
    }

    private Expression Object(ObjectMapping mapping, Expression entity, IReadOnlyDictionary<string, object?> filter)
    {
        var terms = new List<Expression>();
        foreach (var (name, value) in filter)
        {
            if (value is null)
            {
                continue;
            }
            switch (name)
            {
                case "and":
                    terms.Add(All(Items(value).Select(f => Object(mapping, entity, f))));
                    continue;
                case "or":
                    terms.Add(AnyOf(Items(value).Select(f => Object(mapping, entity, f))));
                    continue;
            }
            if (mapping.GetField(name) is not { Filterable: true } field || value is not IReadOnlyDictionary<string, object?> operations)
            {
                continue;
            }
            var member = field.Bind(entity, querySource);
            terms.Add(field.Shape switch
            {
                FieldShape.Leaf => Operations(member, operations, field.IsGlobalId ? field.OwnerType : null),
                FieldShape.Object => Related(field.Target!, member, operations),
                FieldShape.ObjectList => List(member, operations, (item, inner) => Object(field.Target!, item, inner)),
                _ => List(member, operations, (item, inner) => Operations(item, inner, null)),
            });
        }
        return All(terms);
    }

    private Expression Related(ObjectMapping target, Expression related, IReadOnlyDictionary<string, object?> filter)
    {
        if (Relations.AsSingleQuery(related) is { } single)
        {
            var item = Expression.Parameter(target.ClrType, "r");
            return Relations.Any(single, Expression.Lambda(Object(target, item, filter), item));
        }
        return Expression.AndAlso(Expression.NotEqual(related, Expression.Constant(null, related.Type)), Object(target, related, filter));
    }

    /// <summary>List quantifiers; <paramref name="predicate"/> turns one item and the quantifier's filter into a condition.</summary>
    private static Expression List(
        Expression source, IReadOnlyDictionary<string, object?> operations, Func<ParameterExpression, IReadOnlyDictionary<string, object?>, Expression> predicate)
    {
        var terms = new List<Expression>();
        var itemType = Relations.ItemType(source.Type);
        foreach (var (name, value) in operations)
        {
            if (value is null)
            {
                continue;
            }
            var item = Expression.Parameter(itemType, "i");
            switch (name)
            {
                case "some":
                    terms.Add(Relations.Any(source, Expression.Lambda(WithOperand(predicate, item, value), item)));
                    break;
                case "none":
                    terms.Add(Expression.Not(Relations.Any(source, Expression.Lambda(WithOperand(predicate, item, value), item))));
                    break;
                case "all":
                    terms.Add(Relations.All(source, Expression.Lambda(WithOperand(predicate, item, value), item)));
                    break;
                case "any":
                    var any = Relations.Any(source, null);
                    terms.Add(value is true ? any : Expression.Not(any));
                    break;
            }
        }
        return All(terms);
    }

    private static Expression WithOperand(
        Func<ParameterExpression, IReadOnlyDictionary<string, object?>, Expression> predicate, ParameterExpression item, object value)
        => predicate(item, value as IReadOnlyDictionary<string, object?> ?? new Dictionary<string, object?>());

    /// <summary>The operators of one leaf; <paramref name="globalIdType"/> is set when operands are node ids of that type.</summary>
    private static Expression Operations(Expression member, IReadOnlyDictionary<string, object?> operations, string? globalIdType)
    {
        var terms = new List<Expression>();
        foreach (var (name, operand) in operations)
        {
            switch (name)
            {
                case "and":
                    terms.Add(All(Items(operand).Select(o => Operations(member, o, globalIdType))));
                    continue;
                case "or":
                    terms.Add(AnyOf(Items(operand).Select(o => Operations(member, o, globalIdType))));
                    continue;
                case "eq":
                    terms.Add(operand is null ? IsNull(member) : Comparisons.Equal(member, Value(Key(operand, globalIdType)!, member.Type)));
                    continue;
                case "neq":
                    terms.Add(operand is null ? Expression.Not(IsNull(member)) : Expression.Not(Comparisons.Equal(member, Value(Key(operand, globalIdType)!, member.Type))));
                    continue;
                case "in":
                    terms.Add(In(member, operand, globalIdType));
                    continue;
                case "nin":
                    terms.Add(Expression.Not(In(member, operand, globalIdType)));
                    continue;
            }
            if (operand is null)
            {
                continue;
            }
            var negated = name.Length > 1 && name[0] == 'n' && char.IsLower(name[1]) && name != "none";
            var operation = negated ? name[1..] : name;
            Expression term = operation switch
            {
                "gt" => Comparisons.GreaterThan(member, Value(operand, member.Type)),
                "gte" => Comparisons.GreaterThanOrEqual(member, Value(operand, member.Type)),
                "lt" => Comparisons.LessThan(member, Value(operand, member.Type)),
                "lte" => Comparisons.LessThanOrEqual(member, Value(operand, member.Type)),
                "contains" => Expression.Call(member, StringContains, Value(operand, typeof(string))),
                "startsWith" => Expression.Call(member, StringStartsWith, Value(operand, typeof(string))),
                "endsWith" => Expression.Call(member, StringEndsWith, Value(operand, typeof(string))),
                _ => throw new InvalidOperationException($"Unknown filter operation \"{name}\"."),
            };
            terms.Add(negated ? Expression.Not(term) : term);
        }
        return All(terms);
    }

    private static Expression In(Expression member, object? operand, string? globalIdType)
    {
        var items = (operand as IEnumerable<object?> ?? []).Select(v => ValueConverter.Convert(Key(v, globalIdType), member.Type)).ToList();
        var listType = typeof(List<>).MakeGenericType(member.Type);
        var list = (System.Collections.IList)Activator.CreateInstance(listType)!;
        foreach (var item in items)
        {
            list.Add(item);
        }
        return Expression.Call(EnumerableContains.MakeGenericMethod(member.Type), Parameter.Of(list, listType), member);
    }

    /// <summary>The key inside a node id operand; an id of another type or a malformed one is an input error.</summary>
    private static object? Key(object? operand, string? globalIdType)
    {
        if (globalIdType is null || operand is null)
        {
            return operand;
        }
        if (operand is string id && GlobalId.TryParse(id, out var typeName, out var key) && typeName == globalIdType)
        {
            return key;
        }
        throw new Execution.Errors.GraphQLException($"The id \"{operand}\" is not an id of a {globalIdType}.", Execution.Errors.ErrorCodes.BadUserInput);
    }

    private static Expression Value(object operand, Type type) => Parameter.Of(ValueConverter.Convert(operand, type), type);

    private static Expression IsNull(Expression member) => member.Type.IsValueType && Nullable.GetUnderlyingType(member.Type) is null
        ? Expression.Constant(false)
        : Expression.Equal(member, Expression.Constant(null, member.Type));

    private static IEnumerable<IReadOnlyDictionary<string, object?>> Items(object? value) => value switch
    {
        IReadOnlyDictionary<string, object?> single => [single],
        IEnumerable<object?> list => list.OfType<IReadOnlyDictionary<string, object?>>(),
        _ => [],
    };

    private static Expression All(IEnumerable<Expression> terms)
        => terms.Aggregate((Expression?)null, (all, term) => all is null ? term : Expression.AndAlso(all, term)) ?? Expression.Constant(true);

    private static Expression AnyOf(IEnumerable<Expression> terms)
        => terms.Aggregate((Expression?)null, (any, term) => any is null ? term : Expression.OrElse(any, term)) ?? Expression.Constant(true);
}
