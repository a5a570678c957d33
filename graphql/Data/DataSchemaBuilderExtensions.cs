using DebtHub.GraphQL.Types;

namespace DebtHub.GraphQL.Data;

/// <summary>Adds a <see cref="DataModel"/> to a schema-first schema.</summary>
public static class DataSchemaBuilderExtensions
{
    /// <summary>
    /// Call after every <c>AddSdl</c>: reads the mapped types from the SDL added so far, adds the generated SDL
    /// (paged fields, connection, filter and sort types, Node) and binds the paged fields and <c>node</c>/<c>nodes</c>.
    /// </summary>
    public static SchemaBuilder AddData(this SchemaBuilder builder, DataModel model)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(model);
        var sdl = new SdlTypes(builder.Documents);
        MappingPreparer.Prepare(model, sdl);
        var generated = new DataSdlWriter(model, sdl).Write();
        if (generated.Length > 0)
        {
            builder.AddSdl(generated);
        }
        foreach (var list in model.Lists)
        {
            var mapping = DataSdlWriter.ItemMapping(model, list);
            builder.Bind($"{list.ParentType}.{list.FieldName}", list.CreateResolver(mapping, list.Options));
        }
        foreach (var mapping in model.Mappings.Values)
        {
            foreach (var field in mapping.Fields.Values)
            {
                var coordinate = $"{mapping.TypeName}.{field.Name}";
                if (field is { HasArguments: true, Shape: FieldShape.ObjectList } && !builder.PendingResolvers.ContainsKey(coordinate))
                {
                    builder.Bind(coordinate, (FieldResolver)FieldMapping.ReadEntry);
                }
            }
        }
        if (model.Nodes)
        {
            var nodes = new NodeFields(model);
            builder.Bind("Query.node", (FieldResolver)nodes.NodeAsync);
            builder.Bind("Query.nodes", (FieldResolver)nodes.NodesAsync);
        }
        return builder;
    }

    /// <summary>The SDL <see cref="AddData"/> would add, for review and for tests.</summary>
    public static string PrintDataSdl(this SchemaBuilder builder, DataModel model)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(model);
        var sdl = new SdlTypes(builder.Documents);
        MappingPreparer.Prepare(model, sdl);
        return new DataSdlWriter(model, sdl).Write();
    }
}
