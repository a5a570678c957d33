using DebtHub.GraphQL.Language;
using DebtHub.GraphQL.Language.Ast;

namespace DebtHub.GraphQL.Types;

/// <summary>
/// The type-system validation of spec §3 ("Type Validation" sub-sections), with graphql-js 16's validateSchema
/// messages: names, non-empty types, interface implementation (covariant field types, argument matching, transitive
/// interfaces, no cycles), union members, input objects (no non-null cycles, @oneOf rules) and directive definitions.
/// </summary>
internal static class SchemaValidator
{
    public static List<SchemaError> Validate(Schema schema)
    {
        var context = new Context(schema);
        ValidateDirectives(context);
        foreach (var type in schema.TypeList)
        {
            if (type.AstNode?.Location.Source?.Name == "built-in definitions" || type is ScalarType { IsBuiltIn: true })
            {
                continue;
            }

            ValidateName(context, type.Name, type.AstNode?.Name);
            switch (type)
            {
                case FieldsType fieldsType:
                    ValidateFields(context, fieldsType);
                    ValidateInterfaces(context, fieldsType);
                    break;
                case UnionType union:
                    if (union.Types.Count == 0 && union.AstNode is UnionTypeNodeBase { Types.Count: 0 })
                    {
                        context.Error($"Union type {union.Name} must define one or more member types.", union.AstNode);
                    }

                    break;
                case EnumType enumType:
                    if (enumType.Values.Count == 0)
                    {
                        context.Error($"Enum type {enumType.Name} must define one or more values.", enumType.AstNode);
                    }

                    foreach (var value in enumType.Values)
                    {
                        ValidateName(context, value.Name, value.AstNode?.Name);
                    }

                    break;
                case InputObjectType input:
                    ValidateInputFields(context, input);
                    new InputCycleFinder(context).Check(input);
                    break;
            }
        }

        return context.Errors;
    }

    private static void ValidateName(Context context, string name, SyntaxNode? node)
    {
        if (name.StartsWith("__", StringComparison.Ordinal))
        {
            context.Error($"Name \"{name}\" must not begin with \"__\", which is reserved by GraphQL introspection.", node);
        }
    }

    private static void ValidateDirectives(Context context)
    {
        foreach (var directive in context.Schema.Directives)
        {
            if (directive.IsBuiltIn)
            {
                continue;
            }

            ValidateName(context, directive.Name, directive.AstNode?.Name);
            if (directive.Locations.Count == 0)
            {
                context.Error($"Directive @{directive.Name} must include 1 or more locations.", directive.AstNode);
            }

            foreach (var argument in directive.Arguments)
            {
                ValidateName(context, argument.Name, argument.AstNode?.Name);
                if (!argument.Type.IsInputType)
                {
                    context.Error($"The type of @{directive.Name}({argument.Name}:) must be Input Type but got: {argument.Type}.", argument.AstNode);
                }

                if (argument.IsRequired && argument.IsDeprecated)
                {
                    context.Error($"Required argument @{directive.Name}({argument.Name}:) cannot be deprecated.", DeprecatedNode(argument.AstNode), argument.AstNode?.Type);
                }
            }
        }
    }

    private static void ValidateFields(Context context, FieldsType type)
    {
        if (type.Fields.Count == 0)
        {
            context.Error($"Type {type.Name} must define one or more fields.", type.AstNode);
        }

        foreach (var field in type.Fields)
        {
            ValidateName(context, field.Name, field.AstNode?.Name);
            if (!field.Type.IsOutputType)
            {
                context.Error($"The type of {type.Name}.{field.Name} must be Output Type but got: {field.Type}.", field.AstNode?.Type);
            }

            foreach (var argument in field.Arguments)
            {
                ValidateName(context, argument.Name, argument.AstNode?.Name);
                if (!argument.Type.IsInputType)
                {
                    context.Error($"The type of {type.Name}.{field.Name}({argument.Name}:) must be Input Type but got: {argument.Type}.", argument.AstNode?.Type);
                }

                if (argument.IsRequired && argument.IsDeprecated)
                {
                    context.Error($"Required argument {type.Name}.{field.Name}({argument.Name}:) cannot be deprecated.", DeprecatedNode(argument.AstNode), argument.AstNode?.Type);
                }
            }
        }
    }

    private static void ValidateInterfaces(Context context, FieldsType type)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var iface in type.Interfaces)
        {
            if (ReferenceEquals(iface, type))
            {
                context.Error($"Type {type.Name} cannot implement itself because it would create a circular reference.", InterfaceNode(type, iface.Name));
                continue;
            }

            if (!seen.Add(iface.Name))
            {
                continue;
            }

            // Transitive interfaces: everything the interface implements must be implemented too.
            var ok = true;
            foreach (var transitive in iface.Interfaces)
            {
                if (!type.Implements(transitive))
                {
                    context.Error(
                        ReferenceEquals(transitive, type)
                            ? $"Type {type.Name} cannot implement {iface.Name} because it would create a circular reference."
                            : $"Type {type.Name} must implement {transitive.Name} because it is implemented by {iface.Name}.",
                        InterfaceNode(iface, transitive.Name),
                        InterfaceNode(type, iface.Name));
                    ok = false;
                }
            }

            if (ok)
            {
                ValidateImplementation(context, type, iface);
            }
        }
    }

    private static void ValidateImplementation(Context context, FieldsType type, InterfaceType iface)
    {
        foreach (var ifaceField in iface.Fields)
        {
            var fieldName = ifaceField.Name;
            var typeField = type.GetField(fieldName);
            if (typeField is null)
            {
                context.Error($"Interface field {iface.Name}.{fieldName} expected but {type.Name} does not provide it.", ifaceField.AstNode, type.AstNode);
                continue;
            }

            if (!TypeComparators.IsTypeSubTypeOf(context.Schema, typeField.Type, ifaceField.Type))
            {
                context.Error(
                    $"Interface field {iface.Name}.{fieldName} expects type {ifaceField.Type} but {type.Name}.{fieldName} is type {typeField.Type}.",
                    ifaceField.AstNode?.Type,
                    typeField.AstNode?.Type);
            }

            foreach (var ifaceArg in ifaceField.Arguments)
            {
                var typeArg = typeField.GetArgument(ifaceArg.Name);
                if (typeArg is null)
                {
                    context.Error(
                        $"Interface field argument {iface.Name}.{fieldName}({ifaceArg.Name}:) expected but {type.Name}.{fieldName} does not provide it.",
                        ifaceArg.AstNode,
                        typeField.AstNode);
                    continue;
                }

                if (!TypeComparators.IsEqualType(ifaceArg.Type, typeArg.Type))
                {
                    context.Error(
                        $"Interface field argument {iface.Name}.{fieldName}({ifaceArg.Name}:) expects type {ifaceArg.Type} but {type.Name}.{fieldName}({ifaceArg.Name}:) is type {typeArg.Type}.",
                        ifaceArg.AstNode?.Type,
                        typeArg.AstNode?.Type);
                }
            }

            foreach (var typeArg in typeField.Arguments)
            {
                if (ifaceField.GetArgument(typeArg.Name) is null && typeArg.IsRequired)
                {
                    context.Error(
                        $"Object field {type.Name}.{fieldName} includes required argument {typeArg.Name} that is missing from the Interface field {iface.Name}.{fieldName}.",
                        typeArg.AstNode,
                        ifaceField.AstNode);
                }
            }
        }
    }

    private static void ValidateInputFields(Context context, InputObjectType input)
    {
        if (input.Fields.Count == 0)
        {
            context.Error($"Input Object type {input.Name} must define one or more fields.", input.AstNode);
        }

        foreach (var field in input.Fields)
        {
            ValidateName(context, field.Name, field.AstNode?.Name);
            if (!field.Type.IsInputType)
            {
                context.Error($"The type of {input.Name}.{field.Name} must be Input Type but got: {field.Type}.", field.AstNode?.Type);
            }

            if (field.IsRequired && field.IsDeprecated)
            {
                context.Error($"Required input field {input.Name}.{field.Name} cannot be deprecated.", DeprecatedNode(field.AstNode), field.AstNode?.Type);
            }

            if (input.IsOneOf)
            {
                if (field.Type is NonNullType)
                {
                    context.Error($"OneOf input field {input.Name}.{field.Name} must be nullable.", field.AstNode?.Type);
                }

                if (field.HasDefaultValue)
                {
                    context.Error($"OneOf input field {input.Name}.{field.Name} cannot have a default value.", field.AstNode);
                }
            }
        }
    }

    private static DirectiveNode? DeprecatedNode(IHasDirectives? node)
        => node?.Directives.FirstOrDefault(d => d.Name.Value == "deprecated");

    private static NamedTypeNode? InterfaceNode(NamedType type, string interfaceName)
    {
        var nodes = new List<TypeNodeBase>();
        if (type.AstNode is not null)
        {
            nodes.Add(type.AstNode);
        }

        nodes.AddRange(type.ExtensionAstNodes);
        return nodes.OfType<FieldsTypeNodeBase>().SelectMany(n => n.Interfaces).FirstOrDefault(i => i.Name.Value == interfaceName);
    }

    /// <summary>Finds input objects that reach themselves through non-null fields (they could never be written).</summary>
    private sealed class InputCycleFinder(Context context)
    {
        private readonly HashSet<InputObjectType> _visited = [];
        private readonly List<InputValueDefinition> _path = [];
        private readonly Dictionary<InputObjectType, int> _pathIndex = [];

        public void Check(InputObjectType input)
        {
            if (!_visited.Add(input) || context.CycleChecked.Contains(input))
            {
                return;
            }

            context.CycleChecked.Add(input);
            _pathIndex[input] = _path.Count;
            foreach (var field in input.Fields)
            {
                if (field.Type is NonNullType { OfType: InputObjectType fieldType })
                {
                    _path.Add(field);
                    if (_pathIndex.TryGetValue(fieldType, out var cycleIndex))
                    {
                        var cycle = _path.Skip(cycleIndex).ToList();
                        context.Error(
                            $"Cannot reference Input Object \"{fieldType.Name}\" within itself through a series of non-null fields: \"{string.Join(".", cycle.Select(f => f.Name))}\".",
                            [.. cycle.Select(f => (SyntaxNode?)f.AstNode)]);
                    }
                    else
                    {
                        Check(fieldType);
                    }

                    _path.RemoveAt(_path.Count - 1);
                }
            }

            _pathIndex.Remove(input);
        }
    }

    private sealed class Context(Schema schema)
    {
        public Schema Schema { get; } = schema;

        public List<SchemaError> Errors { get; } = [];

        public HashSet<InputObjectType> CycleChecked { get; } = [];

        public void Error(string message, params SyntaxNode?[] nodes)
        {
            var locations = new List<SourceLocation>();
            foreach (var node in nodes)
            {
                if (node?.Location.Source is not null)
                {
                    locations.Add(node.Location.StartLocation);
                }
            }

            Errors.Add(new SchemaError(message, locations));
        }
    }
}
