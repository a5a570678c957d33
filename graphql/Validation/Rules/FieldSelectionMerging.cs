using System.Text;
using DebtHub.GraphQL.Language.Ast;
using DebtHub.GraphQL.Types;

namespace DebtHub.GraphQL.Validation.Rules;

/// <summary>
/// Field Selection Merging (https://spec.graphql.org/September2025/#sec-Field-Selection-Merging):
/// "For each selection set set in the document: FieldsInSetCanMerge(set) must be true." — fields with the same
/// response name must be the same field with the same arguments (unless their parents can never be the same object),
/// return shapes that can merge, and have mergeable sub-selections.
/// <para>
/// Not quadratic on large documents: like graphql-js 16.15 it caches collected fields per (parent type, selection
/// set), remembers compared fragment pairs and field-pair verdicts, compares only overlapping response names, and
/// stops (Validation aborted.) past a fixed work budget.
/// </para>
/// </summary>
internal sealed class FieldSelectionMerging : ValidationRule
{
    private const int MaxConflictDetailLength = 1000;
    private const int MaxConflictNodes = 20;
    private const int MaxComplexityBudget = 500_000;

    private static readonly object _noParentType = new();

    private readonly Dictionary<string, Dictionary<string, bool>> _comparedFragmentPairs = new(StringComparer.Ordinal);
    private Dictionary<object, Dictionary<SelectionSetNode, CollectedFields>>? _collected;
    private Dictionary<ValueNode, string>? _stringifiedValues;
    private int _remainingBudget = MaxComplexityBudget;
    private ValidationContext _context = null!;

    public override IReadOnlyList<SyntaxKind> EnterKinds => [SyntaxKind.SelectionSet];

    public override bool Enter(SyntaxNode node, ValidationContext context)
    {
        _context = context;
        var selectionSet = (SelectionSetNode)node;
        if (context.Parent is InlineFragmentNode)
        {
            return true;
        }

        if (selectionSet.Selections.Count <= 1 && (selectionSet.Selections.Count == 0 || selectionSet.Selections[0] is not InlineFragmentNode))
        {
            return true;
        }

        foreach (var conflict in FindConflictsWithinSelectionSet(context.TypeInfo.ParentType, selectionSet))
        {
            var nodes = new List<SyntaxNode>(conflict.Fields1.Count + conflict.Fields2.Count);
            nodes.AddRange(conflict.Fields1);
            nodes.AddRange(conflict.Fields2);
            context.ReportError(
                $"Fields \"{MaybeAbbreviate(conflict.ResponseName)}\" conflict because {conflict.Reason}. Use different aliases on the fields to fetch both if this was intentional.",
                nodes);
        }

        return true;
    }

    private List<Conflict> FindConflictsWithinSelectionSet(NamedType? parentType, SelectionSetNode selectionSet)
    {
        var conflicts = new List<Conflict>();
        var collected = CollectFields(parentType, selectionSet);
        CollectConflictsWithin(conflicts, collected);
        var fragmentNames = collected.FragmentNames;
        if (fragmentNames.Count != 0 && (collected.Count != 0 || fragmentNames.Count > 1))
        {
            for (var i = 0; i < fragmentNames.Count; i++)
            {
                CollectConflictsBetweenFieldsAndFragment(conflicts, false, collected, fragmentNames[i]);
                for (var j = i + 1; j < fragmentNames.Count; j++)
                {
                    CollectConflictsBetweenFragments(conflicts, false, fragmentNames[i], fragmentNames[j]);
                }
            }
        }

        return conflicts;
    }

    private void CollectConflictsBetweenFieldsAndFragment(List<Conflict> conflicts, bool areMutuallyExclusive, CollectedFields collected, string fragmentName)
    {
        SpendBudget(1);
        if (collected.Count == 0)
        {
            return;
        }

        collected.ComparedFragments ??= new Dictionary<string, bool>(StringComparer.Ordinal);
        if (collected.ComparedFragments.TryGetValue(fragmentName, out var compared) && (!compared || areMutuallyExclusive))
        {
            return;
        }

        collected.ComparedFragments[fragmentName] = areMutuallyExclusive;
        var fragment = _context.GetFragment(fragmentName);
        if (fragment is null)
        {
            return;
        }

        var collected2 = CollectFragmentFields(fragment);
        if (ReferenceEquals(collected, collected2))
        {
            return;
        }

        CollectConflictsBetween(conflicts, areMutuallyExclusive, collected, collected2);
        foreach (var referenced in collected2.FragmentNames)
        {
            CollectConflictsBetweenFieldsAndFragment(conflicts, areMutuallyExclusive, collected, referenced);
        }
    }

    private void CollectConflictsBetweenFragments(List<Conflict> conflicts, bool areMutuallyExclusive, string fragmentName1, string fragmentName2)
    {
        SpendBudget(2);
        if (fragmentName1 == fragmentName2 || PairSeen(fragmentName1, fragmentName2, areMutuallyExclusive))
        {
            return;
        }

        AddPair(fragmentName1, fragmentName2, areMutuallyExclusive);
        var fragment1 = _context.GetFragment(fragmentName1);
        var fragment2 = _context.GetFragment(fragmentName2);
        if (fragment1 is null || fragment2 is null)
        {
            return;
        }

        var collected1 = CollectFragmentFields(fragment1);
        var collected2 = CollectFragmentFields(fragment2);
        CollectConflictsBetween(conflicts, areMutuallyExclusive, collected1, collected2);
        foreach (var referenced2 in collected2.FragmentNames)
        {
            CollectConflictsBetweenFragments(conflicts, areMutuallyExclusive, fragmentName1, referenced2);
        }

        foreach (var referenced1 in collected1.FragmentNames)
        {
            CollectConflictsBetweenFragments(conflicts, areMutuallyExclusive, referenced1, fragmentName2);
        }
    }

    private List<Conflict> FindConflictsBetweenSubSelectionSets(bool areMutuallyExclusive, NamedType? parentType1, SelectionSetNode selectionSet1, NamedType? parentType2, SelectionSetNode selectionSet2)
    {
        var conflicts = new List<Conflict>();
        var collected1 = CollectFields(parentType1, selectionSet1);
        var collected2 = CollectFields(parentType2, selectionSet2);
        CollectConflictsBetween(conflicts, areMutuallyExclusive, collected1, collected2);
        foreach (var fragmentName2 in collected2.FragmentNames)
        {
            CollectConflictsBetweenFieldsAndFragment(conflicts, areMutuallyExclusive, collected1, fragmentName2);
        }

        foreach (var fragmentName1 in collected1.FragmentNames)
        {
            CollectConflictsBetweenFieldsAndFragment(conflicts, areMutuallyExclusive, collected2, fragmentName1);
        }

        foreach (var fragmentName1 in collected1.FragmentNames)
        {
            foreach (var fragmentName2 in collected2.FragmentNames)
            {
                CollectConflictsBetweenFragments(conflicts, areMutuallyExclusive, fragmentName1, fragmentName2);
            }
        }

        return conflicts;
    }

    private void CollectConflictsWithin(List<Conflict> conflicts, CollectedFields collected)
    {
        foreach (var (responseName, fields) in collected.Groups)
        {
            for (var i = 0; i < fields.Count; i++)
            {
                for (var j = i + 1; j < fields.Count; j++)
                {
                    if (FindConflict(false, responseName, fields[i], fields[j]) is { } conflict)
                    {
                        conflicts.Add(conflict);
                    }
                }
            }
        }
    }

    private void CollectConflictsBetween(List<Conflict> conflicts, bool parentFieldsAreMutuallyExclusive, CollectedFields collected1, CollectedFields collected2)
    {
        if (collected1.Count == 0 || collected2.Count == 0)
        {
            return;
        }

        foreach (var (responseName, fields1, fields2) in OverlappingFields(collected1, collected2))
        {
            foreach (var field1 in fields1)
            {
                foreach (var field2 in fields2)
                {
                    if (FindConflict(parentFieldsAreMutuallyExclusive, responseName, field1, field2) is { } conflict)
                    {
                        conflicts.Add(conflict);
                    }
                }
            }
        }
    }

    private List<(string ResponseName, List<FieldDetails> Fields1, List<FieldDetails> Fields2)> OverlappingFields(CollectedFields collected1, CollectedFields collected2)
    {
        collected1.Overlapping ??= [];
        if (collected1.Overlapping.TryGetValue(collected2, out var cached))
        {
            return cached;
        }

        var overlapping = new List<(string, List<FieldDetails>, List<FieldDetails>)>();
        foreach (var (responseName, fields1) in collected1.Groups)
        {
            SpendBudget(1);
            if (collected2.ByName.TryGetValue(responseName, out var fields2))
            {
                overlapping.Add((responseName, fields1, fields2));
            }
        }

        collected1.Overlapping[collected2] = overlapping;
        return overlapping;
    }

    private Conflict? FindConflict(bool parentFieldsAreMutuallyExclusive, string responseName, FieldDetails field1, FieldDetails field2)
    {
        var areMutuallyExclusive = parentFieldsAreMutuallyExclusive
            || (!ReferenceEquals(field1.ParentType, field2.ParentType) && field1.ParentType is ObjectType && field2.ParentType is ObjectType);
        SpendBudget(2);
        var node1 = field1.Node;
        var node2 = field2.Node;
        if (field1.IsSimpleLeaf && field2.IsSimpleLeaf && ReferenceEquals(field1.Definition?.Type, field2.Definition?.Type) && node1.Name.Value == node2.Name.Value)
        {
            return null;
        }

        if (!areMutuallyExclusive)
        {
            var info1 = Info(field1);
            var info2 = Info(field2);
            if (!info1.Comparisons.TryGetValue(info2, out var reason))
            {
                var name1 = node1.Name.Value;
                var name2 = node2.Name.Value;
                reason = name1 != name2
                    ? $"\"{MaybeAbbreviate(name1)}\" and \"{MaybeAbbreviate(name2)}\" are different fields"
                    : SameArguments(info1.Arguments, info2.Arguments) ? null : "they have differing arguments";
                info1.Comparisons[info2] = reason;
            }

            if (reason is not null)
            {
                return new Conflict(responseName, reason, [node1], [node2]);
            }
        }

        var type1 = field1.Definition?.Type;
        var type2 = field2.Definition?.Type;
        if (type1 is not null && type2 is not null && DoTypesConflict(type1, type2))
        {
            var info1 = Info(field1);
            var info2 = Info(field2);
            info1.TypeString ??= type1.ToString();
            info2.TypeString ??= type2.ToString();
            return new Conflict(responseName, $"they return conflicting types \"{info1.TypeString}\" and \"{info2.TypeString}\"", [node1], [node2]);
        }

        if (node1.SelectionSet is { } selectionSet1 && node2.SelectionSet is { } selectionSet2)
        {
            var conflicts = FindConflictsBetweenSubSelectionSets(areMutuallyExclusive, Info(field1).NamedType, selectionSet1, Info(field2).NamedType, selectionSet2);
            return SubfieldConflicts(conflicts, responseName, node1, node2);
        }

        return null;
    }

    private static Conflict? SubfieldConflicts(List<Conflict> conflicts, string responseName, FieldNode node1, FieldNode node2)
    {
        if (conflicts.Count == 0)
        {
            return null;
        }

        var message = new StringBuilder();
        foreach (var conflict in conflicts)
        {
            message.Append(message.Length == 0 ? string.Empty : " and ")
                .Append("subfields \"").Append(MaybeAbbreviate(conflict.ResponseName)).Append("\" conflict because ").Append(conflict.Reason);
            if (message.Length > MaxConflictDetailLength)
            {
                break;
            }
        }

        return new Conflict(responseName, MaybeAbbreviate(message.ToString()), ConflictNodes(node1, conflicts, first: true), ConflictNodes(node2, conflicts, first: false));
    }

    private static List<FieldNode> ConflictNodes(FieldNode node, List<Conflict> conflicts, bool first)
    {
        var nodes = new List<FieldNode> { node };
        foreach (var conflict in conflicts)
        {
            var side = first ? conflict.Fields1 : conflict.Fields2;
            var remaining = MaxConflictNodes - nodes.Count;
            var take = Math.Min(remaining, side.Count);
            nodes.AddRange(side.GetRange(side.Count - take, take));
            if (nodes.Count == MaxConflictNodes)
            {
                break;
            }
        }

        return nodes;
    }

    private static string MaybeAbbreviate(string text)
        => text.Length > MaxConflictDetailLength ? text[..MaxConflictDetailLength] + "..." : text;

    private bool SameArguments(ArgumentInfo? arguments1, ArgumentInfo? arguments2)
    {
        if (arguments1 is null)
        {
            return arguments2 is null;
        }

        if (arguments2 is null || arguments1.Nodes.Count != arguments2.Nodes.Count)
        {
            return false;
        }

        foreach (var argument1 in arguments1.Nodes)
        {
            SpendBudget(1);
            if (!arguments2.Values.TryGetValue(argument1.Name.Value, out var value2))
            {
                return false;
            }

            if (Stringify(argument1.Value) != Stringify(value2))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A canonical text of a value literal: object fields sorted, block strings distinct from plain ones.</summary>
    private string Stringify(ValueNode value)
    {
        _stringifiedValues ??= [];
        if (_stringifiedValues.TryGetValue(value, out var cached))
        {
            return cached;
        }

        var builder = new StringBuilder();
        Write(builder, value);
        var result = builder.ToString();
        _stringifiedValues[value] = result;
        return result;

        static void Write(StringBuilder builder, ValueNode node)
        {
            switch (node)
            {
                case VariableNode variable:
                    builder.Append("$(").Append(variable.Name.Value).Append(')');
                    break;
                case ObjectValueNode obj:
                    var fields = obj.Fields.ToList();
                    fields.Sort((a, b) => string.CompareOrdinal(a.Name.Value, b.Name.Value));
                    builder.Append("{(");
                    foreach (var field in fields)
                    {
                        builder.Append(field.Name.Value).Append(':');
                        Write(builder, field.Value);
                        builder.Append(',');
                    }

                    builder.Append(")}");
                    break;
                case ListValueNode list:
                    builder.Append("[(");
                    foreach (var item in list.Values)
                    {
                        Write(builder, item);
                        builder.Append(',');
                    }

                    builder.Append(")]");
                    break;
                case StringValueNode s:
                    builder.Append(s.Block ? "B" : "S").Append(s.Value.Length).Append(':').Append(s.Value);
                    break;
                case IntValueNode i:
                    builder.Append("I:").Append(i.Value);
                    break;
                case FloatValueNode f:
                    builder.Append("F:").Append(f.Value);
                    break;
                case BooleanValueNode b:
                    builder.Append(b.Value ? "true" : "false");
                    break;
                case NullValueNode:
                    builder.Append("null");
                    break;
                case EnumValueNode e:
                    builder.Append("E:").Append(e.Value);
                    break;
            }
        }
    }

    private bool DoTypesConflict(GraphQLType type1, GraphQLType type2)
    {
        if (ReferenceEquals(type1, type2))
        {
            return false;
        }

        SpendBudget(1);
        if (type1 is ListType list1)
        {
            return type2 is not ListType list2 || DoTypesConflict(list1.OfType, list2.OfType);
        }

        if (type2 is ListType)
        {
            return true;
        }

        if (type1 is NonNullType nonNull1)
        {
            return type2 is not NonNullType nonNull2 || DoTypesConflict(nonNull1.OfType, nonNull2.OfType);
        }

        if (type2 is NonNullType)
        {
            return true;
        }

        if (type1.IsLeafType || type2.IsLeafType)
        {
            return !ReferenceEquals(type1, type2);
        }

        return false;
    }

    private CollectedFields CollectFields(NamedType? parentType, SelectionSetNode selectionSet)
    {
        var key = (object?)parentType ?? _noParentType;
        _collected ??= [];
        if (!_collected.TryGetValue(key, out var bySelectionSet))
        {
            _collected[key] = bySelectionSet = [];
        }

        if (bySelectionSet.TryGetValue(selectionSet, out var cached))
        {
            return cached;
        }

        var result = new CollectedFields();
        CollectFieldsImpl(parentType, selectionSet, result);
        bySelectionSet[selectionSet] = result;
        return result;
    }

    private CollectedFields CollectFragmentFields(FragmentDefinitionNode fragment)
        => CollectFields(TypeInfo.TypeFromAst(_context.Schema, fragment.TypeCondition) as NamedType, fragment.SelectionSet);

    private void CollectFieldsImpl(NamedType? parentType, SelectionSetNode selectionSet, CollectedFields result)
    {
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    var definition = parentType is FieldsType fieldsType ? fieldsType.GetField(field.Name.Value) : null;
                    result.Add(field.ResponseKey, new FieldDetails(parentType, field, definition, field.Arguments.Count == 0 && field.SelectionSet is null));
                    break;
                case FragmentSpreadNode spread:
                    if (!result.FragmentNames.Contains(spread.Name.Value))
                    {
                        result.FragmentNames.Add(spread.Name.Value);
                    }

                    break;
                case InlineFragmentNode inline:
                    var inlineType = inline.TypeCondition is null ? parentType : TypeInfo.TypeFromAst(_context.Schema, inline.TypeCondition) as NamedType;
                    CollectFieldsImpl(inlineType, inline.SelectionSet, result);
                    break;
            }
        }
    }

    private static FieldInfo Info(FieldDetails details)
    {
        if (details.Info is null)
        {
            ArgumentInfo? arguments = null;
            if (details.Node.Arguments.Count > 0)
            {
                var values = new Dictionary<string, ValueNode>(StringComparer.Ordinal);
                foreach (var argument in details.Node.Arguments)
                {
                    values[argument.Name.Value] = argument.Value;
                }

                arguments = new ArgumentInfo(details.Node.Arguments, values);
            }

            details.Info = new FieldInfo(details.Definition?.Type.Named, arguments);
        }

        return details.Info;
    }

    private bool PairSeen(string a, string b, bool areMutuallyExclusive) => Has(a, b, areMutuallyExclusive) || Has(b, a, areMutuallyExclusive);

    private bool Has(string a, string b, bool weaklyPresent)
    {
        if (!_comparedFragmentPairs.TryGetValue(a, out var inner) || !inner.TryGetValue(b, out var result))
        {
            return false;
        }

        return weaklyPresent || weaklyPresent == result;
    }

    private void AddPair(string a, string b, bool areMutuallyExclusive)
    {
        if (!_comparedFragmentPairs.TryGetValue(a, out var inner))
        {
            _comparedFragmentPairs[a] = inner = new Dictionary<string, bool>(StringComparer.Ordinal);
        }

        inner[b] = areMutuallyExclusive;
    }

    private void SpendBudget(int cost)
    {
        _remainingBudget -= cost;
        if (_remainingBudget < 0)
        {
            _context.ReportAborted();
        }
    }

    private sealed record Conflict(string ResponseName, string Reason, List<FieldNode> Fields1, List<FieldNode> Fields2);

    private sealed record ArgumentInfo(IReadOnlyList<ArgumentNode> Nodes, Dictionary<string, ValueNode> Values);

    private sealed class FieldInfo(NamedType? namedType, ArgumentInfo? arguments)
    {
        public Dictionary<FieldInfo, string?> Comparisons { get; } = [];

        public NamedType? NamedType { get; } = namedType;

        public ArgumentInfo? Arguments { get; } = arguments;

        public string? TypeString { get; set; }
    }

    private sealed class FieldDetails(NamedType? parentType, FieldNode node, FieldDefinition? definition, bool isSimpleLeaf)
    {
        public NamedType? ParentType { get; } = parentType;

        public FieldNode Node { get; } = node;

        public FieldDefinition? Definition { get; } = definition;

        public bool IsSimpleLeaf { get; } = isSimpleLeaf;

        public FieldInfo? Info { get; set; }
    }

    /// <summary>Fields grouped by response name in first-seen order, plus the fragments spread directly.</summary>
    private sealed class CollectedFields
    {
        public List<(string ResponseName, List<FieldDetails> Fields)> Groups { get; } = [];

        public Dictionary<string, List<FieldDetails>> ByName { get; } = new(StringComparer.Ordinal);

        public List<string> FragmentNames { get; } = [];

        public int Count => Groups.Count;

        public Dictionary<string, bool>? ComparedFragments { get; set; }

        public Dictionary<CollectedFields, List<(string, List<FieldDetails>, List<FieldDetails>)>>? Overlapping { get; set; }

        public void Add(string responseName, FieldDetails details)
        {
            if (!ByName.TryGetValue(responseName, out var list))
            {
                ByName[responseName] = list = [];
                Groups.Add((responseName, list));
            }

            list.Add(details);
        }
    }
}
