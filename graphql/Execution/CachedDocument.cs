using System.Collections.Concurrent;
using DebtHub.GraphQL.Execution.Errors;
using DebtHub.GraphQL.Execution.Planning;
using DebtHub.GraphQL.Language.Ast;
using DebtHub.GraphQL.Types;

namespace DebtHub.GraphQL.Execution;

/// <summary>
/// A parsed and validated document kept in the document cache with what execution derives from it once: fragments by
/// name, whether plans may be cached, and the root plan of each operation.
/// </summary>
internal sealed class CachedDocument
{
    private readonly ConcurrentDictionary<OperationDefinitionNode, FieldPlan[]> _rootPlans = new();

    public CachedDocument(Schema schema, DocumentNode document, IReadOnlyList<GraphQLError> validationErrors)
    {
        Document = document;
        ValidationErrors = validationErrors;
        var fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
        foreach (var definition in document.Definitions)
        {
            if (definition is FragmentDefinitionNode fragment)
            {
                fragments.TryAdd(fragment.Name.Value, fragment);
            }
        }
        Fragments = fragments;
        HasVariableConditions = FieldCollector.HasVariableConditions(document);
        Collector = new FieldCollector(schema, fragments);
    }

    public DocumentNode Document { get; }

    public IReadOnlyList<GraphQLError> ValidationErrors { get; }

    public IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments { get; }

    public bool HasVariableConditions { get; }

    public FieldCollector Collector { get; }

    public FieldPlan[] GetRootPlan(OperationDefinitionNode operation, ObjectType rootType, IReadOnlyDictionary<string, object?> variables)
        => HasVariableConditions
            ? Collector.Collect(rootType, [operation.SelectionSet], variables)
            : _rootPlans.GetOrAdd(operation, op => Collector.Collect(rootType, [op.SelectionSet], variables));
}
