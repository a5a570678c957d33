namespace DebtHub.GraphQL.Data;

/// <summary>Resolves each mapping's fields against its SDL type: shape (leaf, object, list), target mapping, node id.</summary>
internal static class MappingPreparer
{
    public static void Prepare(DataModel model, SdlTypes sdl)
    {
        foreach (var mapping in model.Mappings.Values)
        {
            if (!sdl.Objects.TryGetValue(mapping.TypeName, out var definitions))
            {
                throw new InvalidOperationException($"Type {mapping.TypeName} is mapped to {mapping.ClrType.Name} but its SDL has not been added.");
            }
            mapping.IsNode = model.Nodes && sdl.Implements[mapping.TypeName].Contains("Node");
            mapping.Fields.Clear();
            foreach (var definition in definitions)
            {
                var name = definition.Name.Value;
                if (mapping.Ignored.Contains(name))
                {
                    continue;
                }
                var field = mapping.Declared.GetValueOrDefault(name);
                if (field is null && name == "id" && mapping.IsNode)
                {
                    field = new FieldMapping(name, mapping.KeyLambda, filterable: true, sortable: true) { IsGlobalId = true };
                }
                if (field is null && mapping.FindMember(name) is { } member)
                {
                    field = new FieldMapping(name, member, filterable: true, sortable: true);
                }
                if (field is null)
                {
                    continue;
                }
                var isList = SdlTypes.IsList(definition.Type);
                var valueType = field.Value.ReturnType;
                field.GraphQLType = definition.Type.NamedType.Name.Value;
                field.OwnerType = mapping.TypeName;
                field.Target = model.Mappings.GetValueOrDefault(field.GraphQLType);
                field.Shape = (field.Target is not null, isList) switch
                {
                    (true, true) => FieldShape.ObjectList,
                    (true, false) => FieldShape.Object,
                    (false, true) => FieldShape.LeafList,
                    _ => FieldShape.Leaf,
                };
                if (isList && !Relations.IsSequence(valueType))
                {
                    throw new InvalidOperationException($"{mapping.TypeName}.{name} is a list in the SDL but its expression returns {valueType.Name}.");
                }
                field.ItemType = isList ? Relations.ItemType(valueType) : valueType;
                field.HasArguments = definition.Arguments.Count > 0;
                mapping.Fields[name] = field;
            }
            foreach (var declared in mapping.Declared.Keys)
            {
                if (!definitions.Exists(d => d.Name.Value == declared))
                {
                    throw new InvalidOperationException($"{mapping.TypeName}.{declared} is mapped but the SDL type has no such field.");
                }
            }
        }
    }
}
