using System.Collections;
using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace DebtHub.GraphQL.Types;

/// <summary>
/// graphql-js's defaultFieldResolver and defaultTypeResolver for C# values: a field reads the property of the parent
/// with the field's name (CLR object through a compiled accessor cached per type and name, a string-keyed dictionary,
/// or a System.Text.Json element/node) and calls it when it is a function; an abstract type reads <c>__typename</c>.
/// </summary>
public static class DefaultResolvers
{
    private static readonly ConcurrentDictionary<(Type Type, string Name), Func<object, object?>?> _accessors = new();

    /// <summary>The default field resolver.</summary>
    public static ValueTask<object?> ResolveField(IResolverContext context)
    {
        var value = ReadProperty(context.Parent, context.Field.Name);
        return value switch
        {
            FieldResolver resolver => resolver(context),
            Func<IResolverContext, object?> withContext => new ValueTask<object?>(withContext(context)),
            Func<IReadOnlyDictionary<string, object?>, object?> withArguments => new ValueTask<object?>(withArguments(context.Arguments)),
            Func<object?> thunk => new ValueTask<object?>(thunk()),
            _ => new ValueTask<object?>(value),
        };
    }

    /// <summary>Reads a named property of a value; null when the value has no such property.</summary>
    public static object? ReadProperty(object? parent, string name)
    {
        switch (parent)
        {
            case null:
                return null;
            case IDictionary<string, object?> dictionary:
                return dictionary.TryGetValue(name, out var found) ? found : null;
            case IReadOnlyDictionary<string, object?> readOnly:
                return readOnly.TryGetValue(name, out var item) ? item : null;
            case JsonElement { ValueKind: JsonValueKind.Object } element:
                return element.TryGetProperty(name, out var property) ? Unwrap(property) : null;
            case JsonElement:
                return null;
            case JsonObject jsonObject:
                return jsonObject.TryGetPropertyValue(name, out var node) ? Unwrap(node) : null;
            case IDictionary legacy:
                return legacy.Contains(name) ? legacy[name] : null;
        }

        var accessor = _accessors.GetOrAdd((parent.GetType(), name), static key => CompileAccessor(key.Type, key.Name));
        return accessor?.Invoke(parent);
    }

    /// <summary>
    /// The default type resolver: the value's <c>__typename</c>; else the first possible type whose IsTypeOf accepts
    /// it; else the possible type bound to (or named like) the value's CLR type.
    /// </summary>
    public static string? ResolveType(object value, IResolverContext? context, Schema schema, NamedType abstractType)
    {
        if (ReadProperty(value, "__typename") is string typeName)
        {
            return typeName;
        }

        var possibleTypes = schema.GetPossibleTypes(abstractType);
        foreach (var candidate in possibleTypes)
        {
            if (candidate.IsTypeOf is { } isTypeOf && isTypeOf(value))
            {
                return candidate.Name;
            }
        }

        var clrType = value.GetType();
        foreach (var candidate in possibleTypes)
        {
            if (candidate.RuntimeType is { } runtimeType && runtimeType.IsAssignableFrom(clrType))
            {
                return candidate.Name;
            }
        }

        foreach (var candidate in possibleTypes)
        {
            if (candidate.Name == clrType.Name)
            {
                return candidate.Name;
            }
        }

        return null;
    }

    private static object? Unwrap(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        _ => element,
    };

    private static object? Unwrap(JsonNode? node) => node;

    /// <summary>Exact name first, then a case-insensitive match (C# PascalCase for GraphQL camelCase); properties, then fields.</summary>
    private static Func<object, object?>? CompileAccessor(Type type, string name)
    {
        const BindingFlags flags = BindingFlags.Public | BindingFlags.Instance;
        MemberInfo? member = type.GetProperty(name, flags) is { GetMethod: not null, } exact && exact.GetIndexParameters().Length == 0 ? exact : null;
        member ??= type.GetProperties(flags).FirstOrDefault(p => p.GetMethod is not null && p.GetIndexParameters().Length == 0 && string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));
        member ??= type.GetField(name, flags) ?? type.GetFields(flags).FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase));
        if (member is null)
        {
            return null;
        }

        var parameter = Expression.Parameter(typeof(object), "parent");
        var access = Expression.MakeMemberAccess(Expression.Convert(parameter, type), member);
        return Expression.Lambda<Func<object, object?>>(Expression.Convert(access, typeof(object)), parameter).Compile();
    }
}
