using DebtHub.GraphQL.Language.Ast;

namespace DebtHub.GraphQL.Validation.Rules;

/// <summary>
/// Fragment Spread Type Existence (https://spec.graphql.org/September2025/#sec-Fragment-Spread-Type-Existence):
/// "For each named spread namedSpread in the document: Let fragment be the target of namedSpread. The target type of
/// fragment must be defined in the schema." Like graphql-js's KnownTypeNames it checks every named type reference
/// (type conditions and variable types), suggesting close names.
/// </summary>
internal sealed class FragmentSpreadTypeExistence : ValidationRule
{
    private static readonly string[] _standardTypeNames =
        ["String", "Int", "Float", "Boolean", "ID", "__Schema", "__Directive", "__DirectiveLocation", "__Type", "__Field", "__EnumValue", "__InputValue", "__TypeKind"];

    private HashSet<string>? _definedTypes;

    public override IReadOnlyList<SyntaxKind> EnterKinds => [SyntaxKind.NamedType];

    public override bool Enter(SyntaxNode node, ValidationContext context)
    {
        var typeName = ((NamedTypeNode)node).Name.Value;
        if (context.Schema.GetType(typeName) is not null)
        {
            return true;
        }

        _definedTypes ??= DefinedTypes(context.Document);
        if (_definedTypes.Contains(typeName))
        {
            return true;
        }

        var definitionNode = context.Ancestors.Count > 1 ? context.Ancestors[1] : context.Parent;
        var isSdl = definitionNode is TypeSystemNode;
        if (isSdl && Array.IndexOf(_standardTypeNames, typeName) >= 0)
        {
            return true;
        }

        var candidates = new List<string>();
        if (isSdl)
        {
            candidates.AddRange(_standardTypeNames);
        }

        foreach (var type in context.Schema.TypeList)
        {
            candidates.Add(type.Name);
        }

        candidates.AddRange(_definedTypes);
        context.ReportError($"Unknown type \"{typeName}\"." + Suggestions.DidYouMean(Suggestions.List(typeName, candidates)), node);
        return true;
    }

    private static HashSet<string> DefinedTypes(DocumentNode document)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var definition in document.Definitions)
        {
            if (definition is TypeNodeBase { IsExtension: false } type)
            {
                names.Add(type.Name.Value);
            }
        }

        return names;
    }
}
