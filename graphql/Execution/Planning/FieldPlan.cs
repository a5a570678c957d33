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
