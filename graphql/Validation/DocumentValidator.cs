using DebtHub.GraphQL.Language.Ast;
using DebtHub.GraphQL.Types;
using DebtHub.GraphQL.Validation.Rules;

namespace DebtHub.GraphQL.Validation;

/// <summary>
/// Validates an executable document against a schema (spec §5): every rule runs in ONE walk of the document, in
/// graphql-js's specifiedRules order, so errors come out in the same order with the same messages and locations.
/// Validation stops after <c>maxErrors</c> errors, as graphql-js does.
/// </summary>
public static class DocumentValidator
{
    public const int DefaultMaxErrors = 100;

    private static readonly int _kindCount = Enum.GetValues<SyntaxKind>().Length;

    /// <summary>Which rules want which node kinds: the same for every validation, so computed once.</summary>
    private static readonly Lazy<Dispatch> _dispatch = new(() => Dispatch.For(CreateRules()));

    /// <summary>Returns the errors (empty when the document is valid).</summary>
    public static IReadOnlyList<ValidationError> Validate(Schema schema, DocumentNode document, int maxErrors = DefaultMaxErrors)
    {
        var context = new ValidationContext(schema, document, maxErrors);
        var rules = CreateRules();
        var walker = new Walker(context, rules, _dispatch.Value);
        try
        {
            walker.Visit(document);
        }
        catch (ValidationAbortedException)
        {
            // The error that stopped validation is already in the list.
        }

        return context.Errors;
    }

    /// <summary>graphql-js 16.15's specifiedRules order (plus the 2025 spec's Operation Type Existence first).</summary>
    private static ValidationRule[] CreateRules() =>
    [
        new ExecutableDefinitions(),
        new OperationTypeExistence(),
        new OperationNameUniqueness(),
        new LoneAnonymousOperation(),
        new SingleRootField(),
        new FragmentSpreadTypeExistence(),
        new FragmentsOnCompositeTypes(),
        new VariablesAreInputTypes(),
        new LeafFieldSelections(),
        new FieldSelections(),
        new FragmentNameUniqueness(),
        new FragmentSpreadTargetDefined(),
        new FragmentsMustBeUsed(),
        new FragmentSpreadIsPossible(),
        new FragmentSpreadsMustNotFormCycles(),
        new VariableUniqueness(),
        new AllVariableUsesDefined(),
        new AllVariablesUsed(),
        new DirectivesAreDefined(),
        new DirectivesAreInValidLocations(),
        new DirectivesAreUniquePerLocation(),
        new ArgumentNames(),
        new ArgumentUniqueness(),
        new ValuesOfCorrectType(),
        new InputObjectRequiredFields(),
        new InputObjectFieldNames(),
        new RequiredArguments(),
        new AllVariableUsagesAreAllowed(),
        new FieldSelectionMerging(),
        new InputObjectFieldUniqueness(),
        new MaxIntrospectionDepth(),
    ];

    private sealed record Dispatch(int[][] Enter, int[][] Leave)
    {
        public static Dispatch For(ValidationRule[] rules)
        {
            var enter = new List<int>[_kindCount];
            var leave = new List<int>[_kindCount];
            for (var k = 0; k < _kindCount; k++)
            {
                enter[k] = [];
                leave[k] = [];
            }

            for (var i = 0; i < rules.Length; i++)
            {
                foreach (var kind in rules[i].EnterKinds)
                {
                    enter[(int)kind].Add(i);
                }

                foreach (var kind in rules[i].LeaveKinds)
                {
                    leave[(int)kind].Add(i);
                }
            }

            return new Dispatch(Array.ConvertAll(enter, l => l.ToArray()), Array.ConvertAll(leave, l => l.ToArray()));
        }
    }

    /// <summary>The single walk: TypeInfo first, then each interested rule, children, then leave in the same order.</summary>
    private sealed class Walker : INodeVisitor
    {
        private readonly ValidationContext _context;
        private readonly ValidationRule[] _rules;
        private readonly int[][] _enterByKind;
        private readonly int[][] _leaveByKind;
        private readonly SyntaxNode?[] _skipping;
        private int _skippingCount;

        public Walker(ValidationContext context, ValidationRule[] rules, Dispatch dispatch)
        {
            _context = context;
            _rules = rules;
            _skipping = new SyntaxNode?[rules.Length];
            _enterByKind = dispatch.Enter;
            _leaveByKind = dispatch.Leave;
        }

        public void Visit(SyntaxNode node)
        {
            _context.TypeInfo.Enter(node);
            _context.TrackVariables(node);
            var kind = (int)node.Kind;
            foreach (var index in _enterByKind[kind])
            {
                if (_skipping[index] is null && !_rules[index].Enter(node, _context))
                {
                    _skipping[index] = node;
                    _skippingCount++;
                }
            }

            _context.Ancestors.Add(node);
            DocumentWalker.VisitChildren(node, this);

            _context.Ancestors.RemoveAt(_context.Ancestors.Count - 1);
            _context.TrackVariablesDone(node);
            foreach (var index in _leaveByKind[kind])
            {
                if (_skipping[index] is null)
                {
                    _rules[index].Leave(node, _context);
                }
            }

            if (_skippingCount > 0)
            {
                for (var i = 0; i < _skipping.Length; i++)
                {
                    if (ReferenceEquals(_skipping[i], node))
                    {
                        _skipping[i] = null;
                        _skippingCount--;
                    }
                }
            }

            _context.TypeInfo.Leave(node);
        }
    }
}
