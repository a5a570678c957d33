using DebtHub.GraphQL.Language;
using DebtHub.GraphQL.Language.Ast;
using DebtHub.GraphQL.Types;

namespace DebtHub.GraphQL.Validation;

/// <summary>A variable used somewhere in an operation, with the input type expected at that position.</summary>
internal readonly record struct VariableUsage(VariableNode Node, GraphQLType? Type, ValueNode? DefaultValue, GraphQLType? ParentType);

/// <summary>Thrown to stop validation (error limit or work budget reached); the errors so far are kept.</summary>
internal sealed class ValidationAbortedException : Exception
{
    public ValidationAbortedException()
    {
    }

    public ValidationAbortedException(string message)
        : base(message)
    {
    }

    public ValidationAbortedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

/// <summary>
/// What rules share during one validation: the schema, the document, the <see cref="Types.TypeInfo"/> of the walk,
/// the ancestors of the current node, memoized fragment and variable lookups, and the error list with its limit.
/// </summary>
internal sealed class ValidationContext
{
    private const int FragmentWorkBudget = 50_000;

    private readonly int _maxErrors;
    private readonly List<ValidationError> _errors = [];
    private Dictionary<SelectionSetNode, List<FragmentSpreadNode>>? _fragmentSpreads;
    private Dictionary<OperationDefinitionNode, List<FragmentDefinitionNode>>? _recursiveFragments;
    private Dictionary<SyntaxNode, List<VariableUsage>>? _variableUsages;
    private Dictionary<OperationDefinitionNode, List<VariableUsage>>? _recursiveVariableUsages;
    private List<VariableUsage>? _currentUsages;
    private int _variableDefinitionDepth;
    private Dictionary<string, FragmentDefinitionNode>? _fragments;
    private int _remainingFragmentWork = FragmentWorkBudget;

    public ValidationContext(Schema schema, DocumentNode document, int maxErrors)
    {
        Schema = schema;
        Document = document;
        TypeInfo = new TypeInfo(schema);
        _maxErrors = maxErrors;
    }

    public Schema Schema { get; }

    public DocumentNode Document { get; }

    public TypeInfo TypeInfo { get; }

    /// <summary>The nodes from the document down to the parent of the current node.</summary>
    public List<SyntaxNode> Ancestors { get; } = [];

    public IReadOnlyList<ValidationError> Errors => _errors;

    public SyntaxNode? Parent => Ancestors.Count > 0 ? Ancestors[^1] : null;

    public void ReportError(string message, params SyntaxNode?[] nodes)
    {
        if (_errors.Count >= _maxErrors)
        {
            _errors.Add(new ValidationError("Too many validation errors, error limit reached. Validation aborted.", []));
            throw new ValidationAbortedException();
        }

        _errors.Add(new ValidationError(message, Locations(nodes)));
    }

    public void ReportError(string message, IEnumerable<SyntaxNode> nodes) => ReportError(message, [.. nodes]);

    public static List<SourceLocation> Locations(IEnumerable<SyntaxNode?> nodes)
    {
        var locations = new List<SourceLocation>();
        foreach (var node in nodes)
        {
            if (node?.Location.Source is not null)
            {
                locations.Add(node.Location.StartLocation);
            }
        }

        return locations;
    }

    /// <summary>Stops validation with graphql-js's "Validation aborted." (a work budget was exhausted).</summary>
    public void ReportAborted()
    {
        _errors.Add(new ValidationError("Validation aborted.", []));
        throw new ValidationAbortedException();
    }

    /// <summary>Stops validation when repeated fragment work exceeds graphql-js's budget (hostile documents).</summary>
    public void SpendFragmentWork(int cost)
    {
        _remainingFragmentWork -= cost;
        if (_remainingFragmentWork < 0)
        {
            _errors.Add(new ValidationError("Validation aborted.", []));
            throw new ValidationAbortedException();
        }
    }

    public FragmentDefinitionNode? GetFragment(string name)
    {
        if (_fragments is null)
        {
            _fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
            foreach (var definition in Document.Definitions)
            {
                if (definition is FragmentDefinitionNode fragment)
                {
                    _fragments.TryAdd(fragment.Name.Value, fragment);
                }
            }
        }

        return _fragments.GetValueOrDefault(name);
    }

    /// <summary>Fragment spreads anywhere under a selection set (not following them), in graphql-js's order.</summary>
    public List<FragmentSpreadNode> GetFragmentSpreads(SelectionSetNode selectionSet)
    {
        _fragmentSpreads ??= [];
        if (_fragmentSpreads.TryGetValue(selectionSet, out var spreads))
        {
            return spreads;
        }

        spreads = [];
        var setsToVisit = new Stack<SelectionSetNode>();
        setsToVisit.Push(selectionSet);
        while (setsToVisit.Count > 0)
        {
            var set = setsToVisit.Pop();
            foreach (var selection in set.Selections)
            {
                switch (selection)
                {
                    case FragmentSpreadNode spread:
                        spreads.Add(spread);
                        break;
                    case FieldNode { SelectionSet: { } fieldSet }:
                        setsToVisit.Push(fieldSet);
                        break;
                    case InlineFragmentNode inline:
                        setsToVisit.Push(inline.SelectionSet);
                        break;
                }
            }
        }

        _fragmentSpreads[selectionSet] = spreads;
        return spreads;
    }

    public List<FragmentDefinitionNode> GetRecursivelyReferencedFragments(OperationDefinitionNode operation)
        => GetRecursivelyReferencedFragments([operation]);

    /// <summary>Fragments reachable from operations, transitively, in first-reached order.</summary>
    public List<FragmentDefinitionNode> GetRecursivelyReferencedFragments(IReadOnlyList<OperationDefinitionNode> operations)
    {
        _recursiveFragments ??= [];
        if (operations.Count == 1 && _recursiveFragments.TryGetValue(operations[0], out var cached))
        {
            return cached;
        }

        var anySpread = false;
        foreach (var operation in operations)
        {
            anySpread |= GetFragmentSpreads(operation.SelectionSet).Count > 0;
        }

        if (!anySpread)
        {
            SpendFragmentWork(0);
            return [];
        }

        var names = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var operation in operations)
        {
            foreach (var spread in GetFragmentSpreads(operation.SelectionSet))
            {
                if (seen.Add(spread.Name.Value))
                {
                    names.Add(spread.Name.Value);
                }
            }
        }

        SpendFragmentWork(names.Count);
        if (names.Count == 0)
        {
            return [];
        }

        var fragments = new List<FragmentDefinitionNode>();
        for (var i = 0; i < names.Count; i++)
        {
            var fragment = GetFragment(names[i]);
            if (fragment is null)
            {
                continue;
            }

            fragments.Add(fragment);
            var spreads = GetFragmentSpreads(fragment.SelectionSet);
            SpendFragmentWork(spreads.Count);
            foreach (var spread in spreads)
            {
                if (seen.Add(spread.Name.Value))
                {
                    names.Add(spread.Name.Value);
                }
            }
        }

        if (operations.Count == 1)
        {
            _recursiveFragments[operations[0]] = fragments;
        }

        return fragments;
    }

    /// <summary>Variables used under an operation or fragment (not following spreads), with their expected types.</summary>
    public List<VariableUsage> GetVariableUsages(ExecutableDefinitionNode node)
    {
        _variableUsages ??= [];
        if (_variableUsages.TryGetValue(node, out var usages))
        {
            return usages;
        }

        usages = [];
        new VariableUsageCollector(new TypeInfo(Schema), usages).Visit(node);
        _variableUsages[node] = usages;
        return usages;
    }

    public List<VariableUsage> GetRecursiveVariableUsages(OperationDefinitionNode operation)
    {
        _recursiveVariableUsages ??= [];
        if (_recursiveVariableUsages.TryGetValue(operation, out var usages))
        {
            return usages;
        }

        var fragments = GetRecursivelyReferencedFragments(operation);
        SpendFragmentWork(fragments.Count);
        if (fragments.Count == 0)
        {
            usages = GetVariableUsages(operation);
            _recursiveVariableUsages[operation] = usages;
            return usages;
        }

        usages = [.. GetVariableUsages(operation)];
        foreach (var fragment in fragments)
        {
            var local = GetVariableUsages(fragment);
            SpendFragmentWork(local.Count);
            usages.AddRange(local);
        }

        _recursiveVariableUsages[operation] = usages;
        return usages;
    }

    /// <summary>
    /// Called by the main walk before rules see a node: variable usages are recorded on the way, so a definition
    /// already walked needs no second walk (the TypeInfo state at each variable is the same either way).
    /// </summary>
    internal void TrackVariables(SyntaxNode node)
    {
        switch (node)
        {
            case ExecutableDefinitionNode:
                _currentUsages = null;
                break;
            case VariableDefinitionNode:
                _variableDefinitionDepth++;
                break;
            case VariableNode variable when _variableDefinitionDepth == 0:
                (_currentUsages ??= []).Add(new VariableUsage(variable, TypeInfo.InputType, TypeInfo.DefaultValue, TypeInfo.ParentInputType));
                break;
        }
    }

    /// <summary>Called by the main walk when a node's children are done, before rules leave it.</summary>
    internal void TrackVariablesDone(SyntaxNode node)
    {
        if (node is VariableDefinitionNode)
        {
            _variableDefinitionDepth--;
        }
        else if (node is ExecutableDefinitionNode definition)
        {
            (_variableUsages ??= []).TryAdd(definition, _currentUsages ?? []);
            _currentUsages = null;
        }
    }

    /// <summary>Walks one definition with its own TypeInfo and records every variable and its expected type.</summary>
    private sealed class VariableUsageCollector(TypeInfo typeInfo, List<VariableUsage> usages) : INodeVisitor
    {
        public void Visit(SyntaxNode node)
        {
            if (node is VariableDefinitionNode)
            {
                return;
            }

            typeInfo.Enter(node);
            if (node is VariableNode variable)
            {
                usages.Add(new VariableUsage(variable, typeInfo.InputType, typeInfo.DefaultValue, typeInfo.ParentInputType));
            }
            else
            {
                DocumentWalker.VisitChildren(node, this);
            }

            typeInfo.Leave(node);
        }
    }
}
