using System.Linq.Expressions;
using System.Reflection;
using Microsoft.Extensions.DependencyInjection;

namespace DebtHub.GraphQL.Types;

/// <summary>
/// Turns a typed delegate into a <see cref="FieldResolver"/> once, when the schema is built: each parameter becomes a
/// compiled read of an argument (by name), the parent, the context, the cancellation token or a service, and the
/// result (value, Task or ValueTask) is adapted to <c>ValueTask&lt;object?&gt;</c>. No reflection runs per request.
/// </summary>
internal static class ResolverCompiler
{
    private static readonly MethodInfo _getArgument = typeof(IResolverContext).GetMethod(nameof(IResolverContext.GetArgument))!;
    private static readonly MethodInfo _fromValue = typeof(ResolverCompiler).GetMethod(nameof(FromValue), BindingFlags.NonPublic | BindingFlags.Static)!;
    private static readonly MethodInfo _fromTask = typeof(ResolverCompiler).GetMethod(nameof(FromTask), BindingFlags.NonPublic | BindingFlags.Static)!;
    private static readonly MethodInfo _fromValueTask = typeof(ResolverCompiler).GetMethod(nameof(FromValueTask), BindingFlags.NonPublic | BindingFlags.Static)!;
    private static readonly MethodInfo _fromPlainTask = typeof(ResolverCompiler).GetMethod(nameof(FromPlainTask), BindingFlags.NonPublic | BindingFlags.Static)!;

    public static FieldResolver Compile(Delegate resolver, FieldDefinition field)
    {
        if (resolver is FieldResolver ready)
        {
            return ready;
        }

        var method = resolver.Method;
        var context = Expression.Parameter(typeof(IResolverContext), "context");
        var arguments = new List<Expression>();
        foreach (var parameter in method.GetParameters())
        {
            arguments.Add(BindParameter(parameter, context, field));
        }

        Expression call = resolver.Target is null
            ? Expression.Call(method, arguments)
            : Expression.Call(Expression.Constant(resolver.Target), method, arguments);
        var body = AdaptResult(call, method.ReturnType, field);
        return Expression.Lambda<FieldResolver>(body, context).Compile();
    }

    private static Expression BindParameter(ParameterInfo parameter, ParameterExpression context, FieldDefinition field)
    {
        var type = parameter.ParameterType;
        if (type == typeof(CancellationToken))
        {
            return Expression.Property(context, nameof(IResolverContext.CancellationToken));
        }

        if (type == typeof(IResolverContext))
        {
            return context;
        }

        if (type == typeof(IServiceProvider))
        {
            return Expression.Property(context, nameof(IResolverContext.Services));
        }

        if (parameter.Name == "parent")
        {
            return Expression.Convert(Expression.Property(context, nameof(IResolverContext.Parent)), type);
        }

        if (parameter.Name is { } name && field.GetArgument(name) is not null)
        {
            return Expression.Call(context, _getArgument.MakeGenericMethod(type), Expression.Constant(name));
        }

        // Anything else comes from the request's services (scoped per request by the host).
        var services = Expression.Property(context, nameof(IResolverContext.Services));
        var getService = typeof(ServiceProviderServiceExtensions).GetMethod(
            nameof(ServiceProviderServiceExtensions.GetRequiredService),
            [typeof(IServiceProvider), typeof(Type)])!;
        return Expression.Convert(Expression.Call(getService, services, Expression.Constant(type)), type);
    }

    private static Expression AdaptResult(Expression call, Type returnType, FieldDefinition field)
    {
        if (returnType == typeof(void))
        {
            throw new SchemaValidationException($"The resolver of {field.Coordinate} returns nothing; a field resolver must return a value.");
        }

        if (returnType == typeof(ValueTask<object?>))
        {
            return call;
        }

        if (returnType.IsGenericType && returnType.GetGenericTypeDefinition() == typeof(Task<>))
        {
            return Expression.Call(_fromTask.MakeGenericMethod(returnType.GetGenericArguments()[0]), call);
        }

        if (returnType.IsGenericType && returnType.GetGenericTypeDefinition() == typeof(ValueTask<>))
        {
            return Expression.Call(_fromValueTask.MakeGenericMethod(returnType.GetGenericArguments()[0]), call);
        }

        if (returnType == typeof(Task))
        {
            return Expression.Call(_fromPlainTask, call);
        }

        return Expression.Call(_fromValue, Expression.Convert(call, typeof(object)));
    }

    private static ValueTask<object?> FromValue(object? value) => new(value);

    private static ValueTask<object?> FromTask<T>(Task<T> task)
    {
        if (task.IsCompletedSuccessfully)
        {
            return new ValueTask<object?>(task.Result);
        }

        return Await(task);

        static async ValueTask<object?> Await(Task<T> pending) => await pending;
    }

    private static ValueTask<object?> FromValueTask<T>(ValueTask<T> task)
    {
        if (task.IsCompletedSuccessfully)
        {
            return new ValueTask<object?>(task.Result);
        }

        return Await(task);

        static async ValueTask<object?> Await(ValueTask<T> pending) => await pending;
    }

    private static async ValueTask<object?> FromPlainTask(Task task)
    {
        await task;
        return null;
    }
}
