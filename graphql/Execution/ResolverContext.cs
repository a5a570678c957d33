using System.Globalization;
using System.Security.Claims;
using DebtHub.GraphQL.Language.Ast;
using DebtHub.GraphQL.Types;

namespace DebtHub.GraphQL.Execution;

/// <summary>What one resolver invocation sees; one small object per resolved field.</summary>
internal sealed class ResolverContext(
    ExecutionState state, ObjectType parentType, FieldDefinition definition, FieldNode selection, object? parent,
    IReadOnlyDictionary<string, object?> arguments, ResultPath path) : IResolverContext
{
    private static readonly IReadOnlyDictionary<string, object?> NoArguments = new Dictionary<string, object?>();

    public static IReadOnlyDictionary<string, object?> Empty => NoArguments;

    public object? Parent => parent;

    public IReadOnlyDictionary<string, object?> Arguments => arguments;

    public IServiceProvider Services => state.Services;

    public CancellationToken CancellationToken => state.CancellationToken;

    public IReadOnlyList<object> Path => path.ToList();

    public ResultPath ResultPath => path;

    public Schema Schema => state.Schema;

    public ObjectType ParentType => parentType;

    public FieldDefinition Field => definition;

    public FieldNode Selection => selection;

    public ClaimsPrincipal? User => state.User;

    internal ExecutionState State => state;

    public T GetArgument<T>(string name)
    {
        if (!arguments.TryGetValue(name, out var value) || value is null)
        {
            return default!;
        }
        if (value is T typed)
        {
            return typed;
        }
        var target = Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T);
        return (T)Convert.ChangeType(value, target, CultureInfo.InvariantCulture);
    }
}
