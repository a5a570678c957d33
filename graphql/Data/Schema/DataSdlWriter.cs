using System.Text;

namespace DebtHub.GraphQL.Data;

/// <summary>
/// Writes the SDL the declarations imply, with HotChocolate's names: the paged fields (as extensions of their
/// parent types), <c>XConnection</c>/<c>XEdge</c>/<c>PageInfo</c>, <c>XCollectionSegment</c>/<c>CollectionSegmentInfo</c>,
/// <c>XFilterInput</c> with the operation inputs (<c>StringOperationFilterInput</c>, <c>IntOperationFilterInput</c>,
/// <c>ListFilterInputTypeOfXFilterInput</c>...), <c>XSortInput</c> with <c>SortEnumType</c>, and Node. Types the SDL
/// already defines are not written again.
/// </summary>
internal sealed class DataSdlWriter(DataModel model, SdlTypes sdl)
{
    private readonly StringBuilder _sdl = new();
    private readonly HashSet<string> _written = new(StringComparer.Ordinal);

    public string Write()
    {
        foreach (var list in model.Lists)
        {
            var mapping = ItemMapping(model, list);
            WriteListField(list, mapping);
            if (list.Options.Filtering)
            {
                FilterInput(mapping);
            }
            if (list.Options.Sorting)
            {
                SortInput(mapping);
            }
        }
        foreach (var mapping in model.Mappings.Values)
        {
            if (sdl.ArgumentTypes.Contains(mapping.TypeName + "FilterInput"))
            {
                FilterInput(mapping);
            }
            if (sdl.ArgumentTypes.Contains(mapping.TypeName + "SortInput"))
            {
                SortInput(mapping);
            }
        }
        if (model.Nodes)
        {
            Type("Node", """
                "An object with a globally unique, opaque ID."
                interface Node {
                  "The ID of the object."
                  id: ID!
                }
                """);
            _sdl.AppendLine("""
                extend type Query {
                  "Fetches an object given its ID."
                  node("ID of the object." id: ID!): Node
                  "Lookup nodes by a list of IDs."
                  nodes("The list of node IDs." ids: [ID!]!): [Node]!
                }
                """);
        }
        return _sdl.ToString();
    }

    public static ObjectMapping ItemMapping(DataModel model, ListFieldDeclaration list)
        => model.Mappings.Values.FirstOrDefault(m => m.ClrType == list.ItemClrType)
            ?? throw new InvalidOperationException($"{list.ParentType}.{list.FieldName} lists {list.ItemClrType.Name}, which no Object<T> declaration maps.");

    private void WriteListField(ListFieldDeclaration list, ObjectMapping mapping)
    {
        var stem = list.Stem;
        var node = mapping.TypeName;
        _sdl.Append("extend type ").Append(list.ParentType).AppendLine(" {");
        if (list.Options.Description is { } description)
        {
            _sdl.Append("  ").AppendLine(Quote(description));
        }
        _sdl.Append("  ").Append(list.FieldName).AppendLine("(");
        if (list.Offset)
        {
            _sdl.AppendLine("    \"Skips the given number of items.\" skip: Int");
            _sdl.AppendLine("    \"Takes at most the given number of items.\" take: Int");
        }
        else
        {
            _sdl.AppendLine("    \"Returns the first _n_ elements from the list.\" first: Int");
            _sdl.AppendLine("    \"Returns the elements in the list that come after the specified cursor.\" after: String");
            _sdl.AppendLine("    \"Returns the last _n_ elements from the list.\" last: Int");
            _sdl.AppendLine("    \"Returns the elements in the list that come before the specified cursor.\" before: String");
        }
        if (list.Options.Filtering)
        {
            _sdl.Append("    where: ").Append(node).AppendLine("FilterInput");
        }
        if (list.Options.Sorting)
        {
            _sdl.Append("    order: [").Append(node).AppendLine("SortInput!]");
        }
        if (list.Options.Arguments is { } arguments)
        {
            _sdl.Append("    ").AppendLine(arguments);
        }
        _sdl.Append("  ): ").Append(stem).AppendLine(list.Offset ? "CollectionSegment" : "Connection").AppendLine("}");

        if (list.Offset)
        {
            Type(stem + "CollectionSegment", $$"""
                "A segment of a collection."
                type {{stem}}CollectionSegment {
                  "A flattened list of the items."
                  items: [{{node}}!]
                  "Information to aid in pagination."
                  pageInfo: CollectionSegmentInfo!
                  totalCount: Int!
                }
                """);
            Type("CollectionSegmentInfo", """
                "Information about the offset pagination."
                type CollectionSegmentInfo {
                  "Indicates whether more items exist following the set defined by the clients arguments."
                  hasNextPage: Boolean!
                  "Indicates whether more items exist prior the set defined by the clients arguments."
                  hasPreviousPage: Boolean!
                }
                """);
            return;
        }
        Type(stem + "Connection", $$"""
            "A connection to a list of items."
            type {{stem}}Connection {
              "Information to aid in pagination."
              pageInfo: PageInfo!
              "A list of edges."
              edges: [{{stem}}Edge!]
              "A flattened list of the nodes."
              nodes: [{{node}}!]
              "Identifies the total count of items in the connection."
              totalCount: Int!
            }
            """);
        Type(stem + "Edge", $$"""
            "An edge in a connection."
            type {{stem}}Edge {
              "A cursor for use in pagination."
              cursor: String!
              "The item at the end of the edge."
              node: {{node}}!
            }
            """);
        Type("PageInfo", """
            "Information about pagination in a connection."
            type PageInfo {
              "Indicates whether more edges exist following the set defined by the clients arguments."
              hasNextPage: Boolean!
              "Indicates whether more edges exist prior the set defined by the clients arguments."
              hasPreviousPage: Boolean!
              "When paginating backwards, the cursor to continue."
              startCursor: String
              "When paginating forwards, the cursor to continue."
              endCursor: String
            }
            """);
    }

    private void FilterInput(ObjectMapping mapping)
    {
        var name = mapping.TypeName + "FilterInput";
        if (!_written.Add(name) || sdl.Names.Contains(name))
        {
            return;
        }
        var body = new StringBuilder();
        body.Append("input ").Append(name).AppendLine(" {");
        body.Append("  and: [").Append(name).AppendLine("!]");
        body.Append("  or: [").Append(name).AppendLine("!]");
        foreach (var field in mapping.Fields.Values.Where(f => f.Filterable && (f.Target is not null || sdl.IsLeaf(f.GraphQLType))))
        {
            var input = field.Shape switch
            {
                FieldShape.Object => field.Target!.TypeName + "FilterInput",
                FieldShape.ObjectList => ListOfObjects(field.Target!),
                FieldShape.LeafList => ListOfLeaves(field.GraphQLType),
                _ => Operation(field.GraphQLType),
            };
            if (field.Shape == FieldShape.Object)
            {
                FilterInput(field.Target!);
            }
            body.Append("  ").Append(field.Name).Append(": ").AppendLine(input);
        }
        body.AppendLine("}");
        _sdl.AppendLine(body.ToString());
    }

    private string ListOfObjects(ObjectMapping target)
    {
        FilterInput(target);
        var inner = target.TypeName + "FilterInput";
        var name = "ListFilterInputTypeOf" + inner;
        Type(name, Quantifiers(name, inner));
        return name;
    }

    private string ListOfLeaves(string graphQLType)
    {
        var inner = Operation(graphQLType);
        var name = "List" + inner;
        Type(name, Quantifiers(name, inner));
        return name;
    }

    private static string Quantifiers(string name, string inner) => $$"""
        input {{name}} {
          all: {{inner}}
          none: {{inner}}
          some: {{inner}}
          any: Boolean
        }
        """;

    /// <summary>The operation input of a leaf type, written on first use.</summary>
    private string Operation(string graphQLType)
    {
        switch (graphQLType)
        {
            case "String":
                Type("StringOperationFilterInput", """
                    input StringOperationFilterInput {
                      and: [StringOperationFilterInput!]
                      or: [StringOperationFilterInput!]
                      eq: String
                      neq: String
                      contains: String
                      ncontains: String
                      in: [String]
                      nin: [String]
                      startsWith: String
                      nstartsWith: String
                      endsWith: String
                      nendsWith: String
                    }
                    """);
                return "StringOperationFilterInput";
            case "Boolean":
                Type("BooleanOperationFilterInput", """
                    input BooleanOperationFilterInput {
                      eq: Boolean
                      neq: Boolean
                    }
                    """);
                return "BooleanOperationFilterInput";
        }
        if (graphQLType == "ID" || sdl.Enums.Contains(graphQLType))
        {
            var equatable = Pascal(graphQLType) + "OperationFilterInput";
            Type(equatable, $$"""
                input {{equatable}} {
                  eq: {{graphQLType}}
                  neq: {{graphQLType}}
                  in: [{{graphQLType}}!]
                  nin: [{{graphQLType}}!]
                }
                """);
            return equatable;
        }
        var comparable = Pascal(graphQLType) + "OperationFilterInput";
        var t = graphQLType;
        Type(comparable, $$"""
            input {{comparable}} {
              eq: {{t}}
              neq: {{t}}
              in: [{{t}}]
              nin: [{{t}}]
              gt: {{t}}
              ngt: {{t}}
              gte: {{t}}
              ngte: {{t}}
              lt: {{t}}
              nlt: {{t}}
              lte: {{t}}
              nlte: {{t}}
            }
            """);
        return comparable;
    }

    private void SortInput(ObjectMapping mapping)
    {
        var name = mapping.TypeName + "SortInput";
        if (!_written.Add(name) || sdl.Names.Contains(name))
        {
            return;
        }
        Type("SortEnumType", """
            enum SortEnumType {
              ASC
              DESC
            }
            """);
        var body = new StringBuilder();
        body.Append("input ").Append(name).AppendLine(" {");
        foreach (var field in mapping.Fields.Values.Where(f => f.Sortable && (f.Target is not null || sdl.IsLeaf(f.GraphQLType))))
        {
            if (field.Shape == FieldShape.Leaf)
            {
                body.Append("  ").Append(field.Name).AppendLine(": SortEnumType");
            }
            else if (field.Shape == FieldShape.Object)
            {
                SortInput(field.Target!);
                body.Append("  ").Append(field.Name).Append(": ").Append(field.Target!.TypeName).AppendLine("SortInput");
            }
        }
        body.AppendLine("}");
        _sdl.AppendLine(body.ToString());
    }

    private void Type(string name, string definition)
    {
        if (_written.Add(name) && !sdl.Names.Contains(name))
        {
            _sdl.AppendLine(definition);
        }
    }

    /// <summary>HotChocolate's stem for a type name: <c>ID</c> → <c>Id</c>, <c>UUID</c> → <c>Uuid</c>, <c>Int</c> stays.</summary>
    private static string Pascal(string name)
        => name.All(char.IsUpper) ? char.ToUpperInvariant(name[0]) + name[1..].ToLowerInvariant() : char.ToUpperInvariant(name[0]) + name[1..];

    private static string Quote(string text) => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
