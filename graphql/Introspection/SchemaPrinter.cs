using System.Text;
using DebtHub.GraphQL.Language;
using DebtHub.GraphQL.Types;

namespace DebtHub.GraphQL.Introspection;

/// <summary>The schema as SDL in graphql-js printSchema's layout, for <c>GET /graphql?sdl</c> and tooling.</summary>
internal static class SchemaPrinter
{
    public static string Print(Schema schema)
    {
        var parts = new List<string>();
        if (PrintSchemaDefinition(schema) is { } definition)
        {
            parts.Add(definition);
        }
        foreach (var directive in schema.Directives)
        {
            if (!directive.IsBuiltIn)
            {
                parts.Add(PrintDirective(directive));
            }
        }
        foreach (var type in schema.TypeList)
        {
            if (type.Name.StartsWith("__", StringComparison.Ordinal) || type is ScalarType { IsBuiltIn: true })
            {
                continue;
            }
            parts.Add(PrintType(type));
        }
        return string.Join("\n\n", parts) + "\n";
    }

    private static string? PrintSchemaDefinition(Schema schema)
    {
        var conventional = schema.Query.Name == "Query"
            && (schema.Mutation is null || schema.Mutation.Name == "Mutation")
            && (schema.Subscription is null || schema.Subscription.Name == "Subscription");
        if (conventional && schema.Description is null)
        {
            return null;
        }
        var text = new StringBuilder(Description(schema.Description, "", true));
        text.Append("schema {\n  query: ").Append(schema.Query.Name).Append('\n');
        if (schema.Mutation is not null)
        {
            text.Append("  mutation: ").Append(schema.Mutation.Name).Append('\n');
        }
        if (schema.Subscription is not null)
        {
            text.Append("  subscription: ").Append(schema.Subscription.Name).Append('\n');
        }
        return text.Append('}').ToString();
    }

    private static string PrintType(NamedType type)
    {
        var head = Description(type.Description, "", true);
        return type switch
        {
            ScalarType scalar => head + "scalar " + scalar.Name
                + (scalar.SpecifiedByUrl is { } url ? $" @specifiedBy(url: {Printer.PrintString(url)})" : ""),
            ObjectType obj => head + "type " + obj.Name + Implements(obj) + Fields(obj.Fields),
            InterfaceType iface => head + "interface " + iface.Name + Implements(iface) + Fields(iface.Fields),
            UnionType union => head + "union " + union.Name + (union.Types.Count > 0 ? " = " + string.Join(" | ", union.Types.Select(t => t.Name)) : ""),
            EnumType enumType => head + "enum " + enumType.Name + Block(enumType.Values.Select((v, i) =>
                Description(v.Description, "  ", i == 0) + "  " + v.Name + Deprecated(v.DeprecationReason))),
            InputObjectType input => head + "input " + input.Name + (input.IsOneOf ? " @oneOf" : "") + Block(input.Fields.Select((f, i) =>
                Description(f.Description, "  ", i == 0) + "  " + InputValue(f))),
            _ => head + type.Name,
        };
    }

    private static string Implements(FieldsType type)
        => type.Interfaces.Count == 0 ? "" : " implements " + string.Join(" & ", type.Interfaces.Select(i => i.Name));

    private static string Fields(IReadOnlyList<FieldDefinition> fields) => Block(fields.Select((f, i) =>
        Description(f.Description, "  ", i == 0) + "  " + f.Name + Arguments(f.Arguments, "  ") + ": " + f.Type + Deprecated(f.DeprecationReason)));

    private static string Block(IEnumerable<string> lines)
    {
        var list = lines.ToList();
        return list.Count == 0 ? "" : " {\n" + string.Join("\n", list) + "\n}";
    }

    private static string Arguments(IReadOnlyList<InputValueDefinition> arguments, string indentation)
    {
        if (arguments.Count == 0)
        {
            return "";
        }
        if (arguments.All(a => a.Description is null))
        {
            return "(" + string.Join(", ", arguments.Select(InputValue)) + ")";
        }
        return "(\n" + string.Join("\n", arguments.Select((a, i) =>
            Description(a.Description, "  " + indentation, i == 0) + "  " + indentation + InputValue(a))) + "\n" + indentation + ")";
    }

    private static string InputValue(InputValueDefinition value)
        => value.Name + ": " + value.Type
           + (value.DefaultValue is { } defaultValue ? " = " + Printer.Print(defaultValue) : "")
           + Deprecated(value.DeprecationReason);

    private static string PrintDirective(DirectiveDefinition directive)
        => Description(directive.Description, "", true) + "directive @" + directive.Name + Arguments(directive.Arguments, "")
           + (directive.IsRepeatable ? " repeatable" : "") + " on " + string.Join(" | ", directive.Locations);

    private static string Deprecated(string? reason) => reason switch
    {
        null => "",
        "No longer supported" => " @deprecated",
        _ => " @deprecated(reason: " + Printer.PrintString(reason) + ")",
    };

    private static string Description(string? description, string indentation, bool firstInBlock)
    {
        if (description is null)
        {
            return "";
        }
        var block = BlockString.Print(description);
        var prefix = indentation.Length > 0 && !firstInBlock ? "\n" + indentation : indentation;
        return prefix + block.Replace("\n", "\n" + indentation, StringComparison.Ordinal) + "\n";
    }
}
