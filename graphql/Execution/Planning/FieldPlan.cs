using System.Collections.Concurrent;
using DebtHub.GraphQL.Execution.Errors;
using DebtHub.GraphQL.Language.Ast;
using DebtHub.GraphQL.Types;

namespace DebtHub.GraphQL.Execution.Planning;

/// <summary>
/// One response key of a selection set after CollectFields (spec §6.3.2): the merged field nodes, the field definition,
/// and, once computed, the plans of its sub-selections per runtime object type. Plans live on the cached document, so a
/// repeated document skips field collection, directive checks and definition lookups.
/// </summary>
internal sealed class FieldPlan(string responseKey, FieldDefinition definition, List<FieldNode> nodes)
{
    private ErrorLocation[]? _locations;
    private ConcurrentDictionary<ObjectType, FieldPlan[]>? _subPlans;

    public string ResponseKey { get; } = responseKey;

    public FieldDefinition Definition { get; } = definition;

    public List<FieldNode> Nodes { get; } = nodes;

    public FieldNode Node => Nodes[0];

    public bool IsTypeName => Definition.Name == "__typename";

    /// <summary>The resolver for this field on the plan's object type, looked up once.</summary>
    public FieldResolver? Resolver { get; set; }

    /// <summary>The introspection resolver, for fields of the introspection types and <c>__schema</c>/<c>__type</c>.</summary>
    public Introspection.IntrospectionResolver? Introspection { get; set; }

    /// <summary>The field reads its parent's property (graphql-js's default resolver), so no context is needed.</summary>
    public bool UsesDefaultResolver { get; set; }

    /// <summary>A scalar or enum (possibly non-null): completing it needs no response path.</summary>
    public bool IsLeaf { get; } = definition.Type.Nullable is ScalarType or EnumType;

    /// <summary>Arguments without variables, coerced once; null until first computed or when they use variables.</summary>
    public Dictionary<string, object?>? ConstantArguments { get; set; }

    public bool ArgumentsUseVariables { get; } = nodes[0].Arguments.Any(a => UsesVariables(a.Value));

    public IReadOnlyList<ErrorLocation> Locations => _locations ??= Nodes.Select(n => LocatedException.At(n)).ToArray();

    public FieldPlan[] GetSubPlan(ObjectType type, Func<ObjectType, FieldPlan[]> collect)
    {
        _subPlans ??= new ConcurrentDictionary<ObjectType, FieldPlan[]>();
        return _subPlans.GetOrAdd(type, collect);
    }

    private static bool UsesVariables(ValueNode value) => value switch
    {
        VariableNode => true,
        ListValueNode list => list.Values.Any(UsesVariables),
        ObjectValueNode obj => obj.Fields.Any(f => UsesVariables(f.Value)),
        _ => false,
    };
}
