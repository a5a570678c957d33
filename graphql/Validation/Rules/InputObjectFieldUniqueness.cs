using DebtHub.GraphQL.Language.Ast;

namespace DebtHub.GraphQL.Validation.Rules;

/// <summary>
/// Input Object Field Uniqueness (https://spec.graphql.org/September2025/#sec-Input-Object-Field-Uniqueness):
/// "For each input object value inputObject in the document: For every inputField in inputObject: Let name be the Name
/// of inputField. Let fields be all Input Object Fields named name in inputObject. fields must be the set containing
/// only inputField."
/// </summary>
internal sealed class InputObjectFieldUniqueness : ValidationRule
{
    private readonly Stack<Dictionary<string, NameNode>?> _stack = new();
    private Dictionary<string, NameNode>? _known;

    public override IReadOnlyList<SyntaxKind> EnterKinds => [SyntaxKind.ObjectValue, SyntaxKind.ObjectField];

    public override IReadOnlyList<SyntaxKind> LeaveKinds => [SyntaxKind.ObjectValue];

    public override bool Enter(SyntaxNode node, ValidationContext context)
    {
        if (node is ObjectValueNode)
        {
            _stack.Push(_known);
            _known = null;
            return true;
        }

        var field = (ObjectFieldNode)node;
        _known ??= new Dictionary<string, NameNode>(StringComparer.Ordinal);
        if (_known.TryGetValue(field.Name.Value, out var first))
        {
            context.ReportError($"There can be only one input field named \"{field.Name.Value}\".", first, field.Name);
        }
        else
        {
            _known[field.Name.Value] = field.Name;
        }

        return true;
    }

    public override void Leave(SyntaxNode node, ValidationContext context) => _known = _stack.Pop();
}
