using System.Security.Claims;
using DebtHub.GraphQL.Language.Ast;

namespace DebtHub.GraphQL.Types;

/// <summary>Produces a field's value. Execution calls it once per field per parent object.</summary>
public delegate ValueTask<object?> FieldResolver(IResolverContext context);

/// <summary>Produces the source event stream of a subscription root field (spec §6.2.3 CreateSourceEventStream).</summary>
public delegate ValueTask<IAsyncEnumerable<object?>> SubscribeResolver(IResolverContext context);

/// <summary>
/// Names the concrete object type of a value of an interface or union (spec §6.4.3 ResolveAbstractType);
/// null when it cannot tell, which execution reports as an error.
/// </summary>
public delegate string? TypeResolver(object value, IResolverContext? context);

/// <summary>What a resolver sees: the parent value, coerced arguments, services, cancellation and where it is.</summary>
public interface IResolverContext
{
    /// <summary>The value the parent field resolved to (the root value for root fields).</summary>
    object? Parent { get; }

    /// <summary>Coerced argument values by name (spec §6.4.1 CoerceArgumentValues); absent when not provided and no default.</summary>
    IReadOnlyDictionary<string, object?> Arguments { get; }

    /// <summary>The coerced argument converted to <typeparamref name="T"/> (default when absent).</summary>
    T GetArgument<T>(string name);

    IServiceProvider Services { get; }

    CancellationToken CancellationToken { get; }

    /// <summary>The response path of this field, root first: strings for keys, ints for list indices.</summary>
    IReadOnlyList<object> Path { get; }

    Schema Schema { get; }

    ObjectType ParentType { get; }

    FieldDefinition Field { get; }

    /// <summary>The field as selected in the document (the first of merged selections).</summary>
    FieldNode Selection { get; }

    /// <summary>Who sent the request, as the host authenticated them; null when the transport knows nobody.</summary>
    ClaimsPrincipal? User => null;
}
