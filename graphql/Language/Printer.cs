using System.Globalization;
using System.Text;
using DebtHub.GraphQL.Language.Ast;

namespace DebtHub.GraphQL.Language;

/// <summary>
/// Prints a syntax tree back to GraphQL text in graphql-js 16's layout (two-space indentation, arguments wrapped past
/// 80 columns), so print(parse(print(x))) == print(x) and our SDL reads like graphql-js's.
/// </summary>
public static class Printer
{
    private const int MaxLineLength = 80;

    public static string Print(SyntaxNode node) => node switch
    {
        NameNode n => n.Value,
        DocumentNode d => Join(d.Definitions.Select(Print), "\n\n"),
        OperationDefinitionNode op => PrintOperation(op),
        VariableDefinitionNode v => Opt(v.Description, "\n") + Print(v.Variable) + ": " + Print(v.Type) + Wrap(" = ", Opt(v.DefaultValue)) + Wrap(" ", Directives(v.Directives)),
        SelectionSetNode s => Block(s.Selections.Select(Print)),
        FieldNode f => PrintField(f),
        ArgumentNode a => a.Name.Value + ": " + Print(a.Value),
        FragmentSpreadNode fs => "..." + fs.Name.Value + Wrap(" ", Directives(fs.Directives)),
        InlineFragmentNode inl => Join(["...", Wrap("on ", Opt(inl.TypeCondition)), Directives(inl.Directives), Print(inl.SelectionSet)], " "),
        FragmentDefinitionNode fd => Opt(fd.Description, "\n") + "fragment " + fd.Name.Value + " on " + Print(fd.TypeCondition) + " " + Wrap(string.Empty, Directives(fd.Directives), " ") + Print(fd.SelectionSet),
        VariableNode v => "$" + v.Name.Value,
        IntValueNode i => i.Value,
        FloatValueNode f => f.Value,
        StringValueNode s => s.Block ? BlockString.Print(s.Value) : PrintString(s.Value),
        BooleanValueNode b => b.Value ? "true" : "false",
        NullValueNode => "null",
        EnumValueNode e => e.Value,
        ListValueNode l => "[" + Join(l.Values.Select(Print), ", ") + "]",
        ObjectValueNode o => "{" + Join(o.Fields.Select(Print), ", ") + "}",
        ObjectFieldNode of => of.Name.Value + ": " + Print(of.Value),
        DirectiveNode dir => "@" + dir.Name.Value + Wrap("(", Join(dir.Arguments.Select(Print), ", "), ")"),
        NamedTypeNode nt => nt.Name.Value,
        ListTypeNode lt => "[" + Print(lt.Type) + "]",
        NonNullTypeNode nn => Print(nn.Type) + "!",
        SchemaDefinitionNode sd => Description(sd) + Join(["schema", Directives(sd.Directives), Block(sd.OperationTypes.Select(Print))], " "),
        SchemaExtensionNode se => Join(["extend schema", Directives(se.Directives), Block(se.OperationTypes.Select(Print))], " "),
        OperationTypeDefinitionNode ot => OperationName(ot.Operation) + ": " + Print(ot.Type),
        ScalarTypeDefinitionNode sc => Description(sc) + Join(["scalar", sc.Name.Value, Directives(sc.Directives)], " "),
        ScalarTypeExtensionNode sx => Join(["extend scalar", sx.Name.Value, Directives(sx.Directives)], " "),
        FieldsTypeNodeBase ft => Description(ft) + Join(
        [
            ft.Kind switch
            {
                SyntaxKind.ObjectTypeDefinition => "type",
                SyntaxKind.ObjectTypeExtension => "extend type",
                SyntaxKind.InterfaceTypeDefinition => "interface",
                _ => "extend interface",
            },
            ft.Name.Value,
            Wrap("implements ", Join(ft.Interfaces.Select(Print), " & ")),
            Directives(ft.Directives),
            Block(ft.Fields.Select(Print)),
        ], " "),
        FieldDefinitionNode fdef => Opt(fdef.Description, "\n") + fdef.Name.Value + ArgumentDefinitions(fdef.Arguments) + ": " + Print(fdef.Type) + Wrap(" ", Directives(fdef.Directives)),
        InputValueDefinitionNode iv => Opt(iv.Description, "\n") + Join([iv.Name.Value + ": " + Print(iv.Type), Wrap("= ", Opt(iv.DefaultValue)), Directives(iv.Directives)], " "),
        UnionTypeNodeBase u => Description(u) + Join([u.IsExtension ? "extend union" : "union", u.Name.Value, Directives(u.Directives), Wrap("= ", Join(u.Types.Select(Print), " | "))], " "),
        EnumTypeNodeBase en => Description(en) + Join([en.IsExtension ? "extend enum" : "enum", en.Name.Value, Directives(en.Directives), Block(en.Values.Select(Print))], " "),
        EnumValueDefinitionNode ev => Opt(ev.Description, "\n") + Join([ev.Name.Value, Directives(ev.Directives)], " "),
        InputObjectTypeNodeBase io => Description(io) + Join([io.IsExtension ? "extend input" : "input", io.Name.Value, Directives(io.Directives), Block(io.Fields.Select(Print))], " "),
        DirectiveDefinitionNode dd => Description(dd) + "directive @" + dd.Name.Value + ArgumentDefinitions(dd.Arguments) + (dd.Repeatable ? " repeatable" : string.Empty) + " on " + Join(dd.Locations.Select(Print), " | "),
        _ => throw new ArgumentOutOfRangeException(nameof(node), node.Kind, "Unknown node kind."),
    };

    /// <summary>graphql-js's printString: a double-quoted string with control characters escaped.</summary>
    public static string PrintString(string value)
    {
        var builder = new StringBuilder(value.Length + 2);
        builder.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\b': builder.Append("\\b"); break;
                case '\f': builder.Append("\\f"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    if (c <= '\u001F' || c is >= '\u007F' and <= '\u009F')
                    {
                        builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }

    public static string OperationName(OperationType operation) => operation switch
    {
        OperationType.Query => "query",
        OperationType.Mutation => "mutation",
        _ => "subscription",
    };

    private static string PrintOperation(OperationDefinitionNode op)
    {
        var printed = op.VariableDefinitions.Select(Print).ToList();
        var variables = printed.Exists(v => v.Contains('\n', StringComparison.Ordinal))
            ? Wrap("(\n", Join(printed, "\n"), "\n)")
            : Wrap("(", Join(printed, ", "), ")");
        var prefix = Opt(op.Description, "\n") + Join([OperationName(op.Operation), Join([Opt(op.Name), variables], string.Empty), Directives(op.Directives)], " ");
        return (prefix == "query" ? string.Empty : prefix + " ") + Print(op.SelectionSet);
    }

    private static string PrintField(FieldNode field)
    {
        var prefix = Wrap(string.Empty, Opt(field.Alias), ": ") + field.Name.Value;
        var arguments = field.Arguments.Select(Print).ToList();
        var argsLine = prefix + Wrap("(", Join(arguments, ", "), ")");
        if (argsLine.Length > MaxLineLength)
        {
            argsLine = prefix + Wrap("(\n", Indent(Join(arguments, "\n")), "\n)");
        }

        return Join([argsLine, Directives(field.Directives), Opt(field.SelectionSet)], " ");
    }

    private static string ArgumentDefinitions(IReadOnlyList<InputValueDefinitionNode> arguments)
    {
        var printed = arguments.Select(Print).ToList();
        return printed.Exists(a => a.Contains('\n', StringComparison.Ordinal))
            ? Wrap("(\n", Indent(Join(printed, "\n")), "\n)")
            : Wrap("(", Join(printed, ", "), ")");
    }

    private static string Description(TypeSystemNode node) => Opt(node.Description, "\n");

    private static string Directives(IReadOnlyList<DirectiveNode> directives) => Join(directives.Select(Print), " ");

    private static string Opt(SyntaxNode? node, string end = "") => node is null ? string.Empty : Print(node) + end;

    private static string Join(IEnumerable<string> parts, string separator)
        => string.Join(separator, parts.Where(p => p.Length > 0));

    private static string Wrap(string start, string value, string end = "") => value.Length == 0 ? string.Empty : start + value + end;

    private static string Indent(string value) => Wrap("  ", value.Replace("\n", "\n  ", StringComparison.Ordinal));

    private static string Block(IEnumerable<string> items) => Wrap("{\n", Indent(Join(items, "\n")), "\n}");
}
