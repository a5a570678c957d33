using DebtHub.GraphQL.Language;
using DebtHub.GraphQL.Language.Ast;

namespace DebtHub.GraphQL.Types;

/// <summary>
/// Turns definition nodes (SDL and code-first alike) into linked type objects, as graphql-js's buildASTSchema does:
/// SDL checks first (unique names, known types and directives, extensions of existing types), then types with their
/// extensions merged, resolvers bound, and finally the spec's type-system validation.
/// </summary>
internal sealed class SchemaAssembler(SchemaBuilder builder)
{
    private static readonly DocumentNode _builtIns = GraphQLParser.Parse(new Source(BuiltInDefinitions.Sdl, "built-in definitions"));

    private readonly List<SchemaError> _errors = [];
    private readonly Dictionary<string, NamedType> _types = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TypeNodeBase> _definitions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<TypeNodeBase>> _extensions = new(StringComparer.Ordinal);
    private readonly List<NamedType> _definedOrder = [];

    public Schema Assemble()
    {
        var userDefinitions = new List<DefinitionNode>();
        foreach (var document in builder.Documents)
        {
            userDefinitions.AddRange(document.Definitions);
        }

        foreach (var codeFirst in builder.CodeFirstTypes)
        {
            userDefinitions.Add(codeFirst.ToNode());
        }

        SchemaNodeBase? schemaDefinition = null;
        var schemaExtensions = new List<SchemaExtensionNode>();
        var directiveDefinitions = new List<DirectiveDefinitionNode>();
        foreach (var definition in userDefinitions)
        {
            switch (definition)
            {
                case SchemaDefinitionNode schemaNode:
                    if (schemaDefinition is not null)
                    {
                        Error("Must provide only one schema definition.", schemaNode);
                    }

                    schemaDefinition = schemaNode;
                    break;
                case SchemaExtensionNode extension:
                    schemaExtensions.Add(extension);
                    break;
                case DirectiveDefinitionNode directive:
                    if (directiveDefinitions.Exists(d => d.Name.Value == directive.Name.Value))
                    {
                        Error($"There can be only one directive named \"@{directive.Name.Value}\".", directive.Name);
                    }
                    else
                    {
                        directiveDefinitions.Add(directive);
                    }

                    break;
                case TypeNodeBase typeNode when !typeNode.IsExtension:
                    if (_definitions.ContainsKey(typeNode.Name.Value))
                    {
                        Error($"There can be only one type named \"{typeNode.Name.Value}\".", _definitions[typeNode.Name.Value].Name, typeNode.Name);
                    }
                    else
                    {
                        _definitions[typeNode.Name.Value] = typeNode;
                    }

                    break;
                case TypeNodeBase extensionNode:
                    if (!_extensions.TryGetValue(extensionNode.Name.Value, out var list))
                    {
                        _extensions[extensionNode.Name.Value] = list = [];
                    }

                    list.Add(extensionNode);
                    break;
            }
        }

        foreach (var definition in _builtIns.Definitions)
        {
            if (definition is TypeNodeBase typeNode)
            {
                _definitions.TryAdd(typeNode.Name.Value, typeNode);
            }
        }

        CreateTypes();
        CheckExtensions();
        foreach (var type in _types.Values)
        {
            FillType(type);
        }

        var directives = BuildDirectives(directiveDefinitions);
        var (query, mutation, subscription) = RootTypes(schemaDefinition, schemaExtensions);
        BindResolvers();
        if (directives.Any(d => d.Name == Authorization.AuthorizeDirective.Name))
        {
            Authorization.FieldAuthorization.Apply(_types.Values);
        }

        var types = OrderTypes(query, mutation, subscription, directives);
        var schema = new Schema(query, mutation, subscription, types, directives, schemaDefinition?.Description?.Value, schemaDefinition);
        if (_errors.Count == 0)
        {
            _errors.AddRange(SchemaValidator.Validate(schema));
        }

        if (_errors.Count > 0)
        {
            throw new SchemaValidationException(_errors);
        }

        return schema;
    }

    private void CreateTypes()
    {
        foreach (var (name, node) in _definitions)
        {
            NamedType type = node switch
            {
                ScalarTypeDefinitionNode => BuiltInScalars.Get(name) ?? builder.Scalars.GetValueOrDefault(name) ?? ScalarType.Custom(name),
                ObjectTypeDefinitionNode => new ObjectType(name),
                InterfaceTypeDefinitionNode => new InterfaceType(name),
                UnionTypeDefinitionNode => new UnionType(name),
                EnumTypeDefinitionNode => new EnumType(name),
                _ => new InputObjectType(name),
            };
            if (type is not ScalarType { IsBuiltIn: true })
            {
                type.AstNode = node;
            }

            _types[name] = type;
            if (node.Location.Source?.Name != "built-in definitions")
            {
                _definedOrder.Add(type);
            }
        }

        foreach (var (name, scalar) in builder.Scalars)
        {
            if (_types.TryAdd(name, scalar))
            {
                _definedOrder.Add(scalar);
            }
        }

        foreach (var scalar in BuiltInScalars.All)
        {
            _types.TryAdd(scalar.Name, scalar);
        }
    }

    private void CheckExtensions()
    {
        foreach (var (name, extensions) in _extensions)
        {
            foreach (var extension in extensions)
            {
                if (!_definitions.TryGetValue(name, out var definition))
                {
                    Error($"Cannot extend type \"{name}\" because it is not defined.", extension.Name);
                    continue;
                }

                if (extension.Kind != ExtensionKindOf(definition))
                {
                    var kind = extension.Kind switch
                    {
                        SyntaxKind.ScalarTypeExtension => "scalar",
                        SyntaxKind.ObjectTypeExtension => "object",
                        SyntaxKind.InterfaceTypeExtension => "interface",
                        SyntaxKind.UnionTypeExtension => "union",
                        SyntaxKind.EnumTypeExtension => "enum",
                        _ => "input object",
                    };
                    Error($"Cannot extend non-{kind} type \"{name}\".", definition.Name, extension.Name);
                }
            }
        }
    }

    private List<TypeNodeBase> NodesOf(NamedType type)
    {
        var nodes = new List<TypeNodeBase>();
        if (_definitions.TryGetValue(type.Name, out var definition))
        {
            nodes.Add(definition);
        }

        if (_extensions.TryGetValue(type.Name, out var extensions))
        {
            nodes.AddRange(extensions.Where(e => definition is not null && e.Kind == ExtensionKindOf(definition)));
        }

        return nodes;
    }

    private void FillType(NamedType type)
    {
        if (type is ScalarType { IsBuiltIn: true })
        {
            return;
        }

        var nodes = NodesOf(type);
        if (nodes.Count == 0)
        {
            return; // a custom scalar added in code only
        }

        type.Description = nodes[0].Description?.Value ?? type.Description;
        type.AppliedDirectives = [.. nodes.SelectMany(n => n.Directives)];
        type.ExtensionAstNodes = [.. nodes.Skip(1)];
        CheckDirectives(type.AppliedDirectives, nodes[0] switch
        {
            ScalarTypeDefinitionNode => DirectiveLocationNames.Scalar,
            ObjectTypeDefinitionNode => DirectiveLocationNames.Object,
            InterfaceTypeDefinitionNode => DirectiveLocationNames.Interface,
            UnionTypeDefinitionNode => DirectiveLocationNames.Union,
            EnumTypeDefinitionNode => DirectiveLocationNames.Enum,
            _ => DirectiveLocationNames.InputObject,
        });

        switch (type)
        {
            case ScalarType scalar:
                if (FindDirective(type.AppliedDirectives, "specifiedBy") is { } specifiedBy
                    && specifiedBy.Arguments.FirstOrDefault(a => a.Name.Value == "url")?.Value is StringValueNode url)
                {
                    scalar.SpecifiedByUrl = url.Value;
                }

                break;
            case FieldsType fieldsType:
                FillFields(fieldsType, nodes.Cast<FieldsTypeNodeBase>().ToList());
                break;
            case UnionType union:
                var members = new List<ObjectType>();
                foreach (var memberNode in nodes.Cast<UnionTypeNodeBase>().SelectMany(n => n.Types))
                {
                    var member = ResolveNamed(memberNode);
                    if (member is ObjectType obj)
                    {
                        if (members.Contains(obj))
                        {
                            Error($"Union type {union.Name} can only include type {obj.Name} once.", memberNode);
                        }

                        members.Add(obj);
                    }
                    else if (member is not null)
                    {
                        Error($"Union type {union.Name} can only include Object types, it cannot include {member.Name}.", memberNode);
                    }
                }

                union.Types = members;
                break;
            case EnumType enumType:
                var bindings = builder.EnumBindings.GetValueOrDefault(enumType.Name);
                var values = new List<EnumValueDefinition>();
                foreach (var valueNode in nodes.Cast<EnumTypeNodeBase>().SelectMany(n => n.Values))
                {
                    var name = valueNode.Name.Value;
                    if (values.Exists(v => v.Name == name))
                    {
                        Error($"Enum value \"{enumType.Name}.{name}\" can only be defined once.", valueNode.Name);
                        continue;
                    }

                    CheckDirectives(valueNode.Directives, DirectiveLocationNames.EnumValue);
                    values.Add(new EnumValueDefinition(name, bindings is not null && bindings.TryGetValue(name, out var bound) ? bound : name)
                    {
                        Description = valueNode.Description?.Value,
                        DeprecationReason = DeprecationReason(valueNode.Directives),
                        AppliedDirectives = valueNode.Directives,
                        AstNode = valueNode,
                    });
                }

                enumType.Values = values;
                break;
            case InputObjectType input:
                input.IsOneOf = FindDirective(type.AppliedDirectives, "oneOf") is not null;
                input.Fields = InputValues(nodes.Cast<InputObjectTypeNodeBase>().SelectMany(n => n.Fields), input.Name, isField: true);
                break;
        }
    }

    private void FillFields(FieldsType type, List<FieldsTypeNodeBase> nodes)
    {
        var interfaces = new List<InterfaceType>();
        foreach (var interfaceNode in nodes.SelectMany(n => n.Interfaces))
        {
            var iface = ResolveNamed(interfaceNode);
            if (iface is InterfaceType interfaceType)
            {
                if (interfaces.Contains(interfaceType))
                {
                    Error($"Type {type.Name} can only implement {interfaceType.Name} once.", interfaceNode);
                }
                else
                {
                    interfaces.Add(interfaceType);
                }
            }
            else if (iface is not null)
            {
                Error($"Type {type.Name} must only implement Interface types, it cannot implement {iface.Name}.", interfaceNode);
            }
        }

        type.Interfaces = interfaces;
        var fields = new List<FieldDefinition>();
        foreach (var fieldNode in nodes.SelectMany(n => n.Fields))
        {
            var name = fieldNode.Name.Value;
            if (fields.Exists(f => f.Name == name))
            {
                Error($"Field \"{type.Name}.{name}\" can only be defined once.", fields.First(f => f.Name == name).AstNode?.Name, fieldNode.Name);
                continue;
            }

            CheckDirectives(fieldNode.Directives, DirectiveLocationNames.FieldDefinition);
            fields.Add(new FieldDefinition(name, ResolveType(fieldNode.Type))
            {
                Description = fieldNode.Description?.Value,
                Arguments = InputValues(fieldNode.Arguments, type.Name + "." + name, isField: false),
                DeprecationReason = DeprecationReason(fieldNode.Directives),
                AppliedDirectives = fieldNode.Directives,
                AstNode = fieldNode,
                Coordinate = type.Name + "." + name,
            });
        }

        type.Fields = fields;
        if (type is ObjectType obj)
        {
            obj.RuntimeType = builder.RuntimeTypes.GetValueOrDefault(obj.Name);
            obj.IsTypeOf = builder.IsTypeOfChecks.GetValueOrDefault(obj.Name);
        }
    }

    private List<InputValueDefinition> InputValues(IEnumerable<InputValueDefinitionNode> nodes, string parent, bool isField)
    {
        var values = new List<InputValueDefinition>();
        foreach (var node in nodes)
        {
            var name = node.Name.Value;
            if (values.Exists(v => v.Name == name))
            {
                Error(isField ? $"Field \"{parent}.{name}\" can only be defined once." : $"Argument \"{parent}({name}:)\" can only be defined once.", values.First(v => v.Name == name).AstNode?.Name, node.Name);
                continue;
            }

            CheckDirectives(node.Directives, isField ? DirectiveLocationNames.InputFieldDefinition : DirectiveLocationNames.ArgumentDefinition);
            values.Add(new InputValueDefinition(name, ResolveType(node.Type))
            {
                Description = node.Description?.Value,
                DefaultValue = node.DefaultValue,
                DeprecationReason = DeprecationReason(node.Directives),
                AppliedDirectives = node.Directives,
                AstNode = node,
                Coordinate = isField ? parent + "." + name : parent + "(" + name + ":)",
            });
        }

        return values;
    }

    private List<DirectiveDefinition> BuildDirectives(List<DirectiveDefinitionNode> userDirectives)
    {
        var directives = new List<DirectiveDefinition>();
        foreach (var node in _builtIns.Definitions.OfType<DirectiveDefinitionNode>())
        {
            if (!userDirectives.Exists(d => d.Name.Value == node.Name.Value))
            {
                directives.Add(BuildDirective(node, builtIn: true));
            }
        }

        foreach (var node in userDirectives)
        {
            directives.Add(BuildDirective(node, builtIn: false));
        }

        return directives;
    }

    private DirectiveDefinition BuildDirective(DirectiveDefinitionNode node, bool builtIn) => new(node.Name.Value, [.. node.Locations.Select(l => l.Value)])
    {
        Description = node.Description?.Value,
        Arguments = InputValues(node.Arguments, "@" + node.Name.Value, isField: false),
        IsRepeatable = node.Repeatable,
        AstNode = builtIn ? null : node,
        IsBuiltIn = builtIn,
    };

    private (ObjectType? Query, ObjectType? Mutation, ObjectType? Subscription) RootTypes(SchemaNodeBase? definition, List<SchemaExtensionNode> extensions)
    {
        var operationTypes = new List<OperationTypeDefinitionNode>();
        if (definition is not null)
        {
            operationTypes.AddRange(definition.OperationTypes);
            CheckDirectives(definition.Directives, DirectiveLocationNames.Schema);
        }

        foreach (var extension in extensions)
        {
            operationTypes.AddRange(extension.OperationTypes);
        }

        ObjectType? Root(OperationType operation, string defaultName)
        {
            var nodes = operationTypes.Where(o => o.Operation == operation).ToList();
            if (nodes.Count > 1)
            {
                Error($"There can be only one {Printer.OperationName(operation)} type in schema.", nodes[1]);
            }

            NamedType? type = nodes.Count > 0 ? ResolveNamed(nodes[0].Type) : definition is null ? _types.GetValueOrDefault(defaultName) : null;
            if (type is null || type is ObjectType)
            {
                return type as ObjectType;
            }

            var label = operation switch
            {
                OperationType.Query => "Query root type must be Object type, it cannot be ",
                OperationType.Mutation => "Mutation root type must be Object type if provided, it cannot be ",
                _ => "Subscription root type must be Object type if provided, it cannot be ",
            };
            Error(label + type.Name + ".", nodes.Count > 0 ? nodes[0].Type : type.AstNode);
            return null;
        }

        var query = Root(OperationType.Query, "Query");
        if (query is null && _errors.Count == 0)
        {
            Error("Query root type must be provided.", definition);
        }

        return (query, Root(OperationType.Mutation, "Mutation"), Root(OperationType.Subscription, "Subscription"));
    }

    private void BindResolvers()
    {
        foreach (var (coordinate, resolver) in builder.PendingResolvers)
        {
            if (FindField(coordinate) is not { } field)
            {
                Error($"Cannot bind a resolver to \"{coordinate}\": the schema has no such field.");
                continue;
            }

            field.Resolver = resolver is Delegate typed ? ResolverCompiler.Compile(typed, field) : (FieldResolver)resolver;
        }

        foreach (var (coordinate, subscriber) in builder.Subscribers)
        {
            if (FindField(coordinate) is not { } field)
            {
                Error($"Cannot bind a subscription to \"{coordinate}\": the schema has no such field.");
                continue;
            }

            field.Subscriber = subscriber;
        }

        foreach (var (name, resolver) in builder.TypeResolvers)
        {
            switch (_types.GetValueOrDefault(name))
            {
                case InterfaceType iface:
                    iface.ResolveType = resolver;
                    break;
                case UnionType union:
                    union.ResolveType = resolver;
                    break;
                default:
                    Error($"Cannot set a type resolver on \"{name}\": it is not an interface or union of the schema.");
                    break;
            }
        }
    }

    private FieldDefinition? FindField(string coordinate)
    {
        var dot = coordinate.IndexOf('.', StringComparison.Ordinal);
        return dot > 0 && _types.GetValueOrDefault(coordinate[..dot]) is FieldsType type ? type.GetField(coordinate[(dot + 1)..]) : null;
    }

    /// <summary>graphql-js's type map order: defined types depth-first, then roots, directive arguments, introspection.</summary>
    private List<NamedType> OrderTypes(ObjectType? query, ObjectType? mutation, ObjectType? subscription, List<DirectiveDefinition> directives)
    {
        var seen = new HashSet<NamedType>();
        var ordered = new List<NamedType>();

        void Collect(GraphQLType type)
        {
            var named = type.Named;
            if (!seen.Add(named))
            {
                return;
            }

            ordered.Add(named);
            switch (named)
            {
                case UnionType union:
                    foreach (var member in union.Types)
                    {
                        Collect(member);
                    }

                    break;
                case FieldsType fieldsType:
                    foreach (var iface in fieldsType.Interfaces)
                    {
                        Collect(iface);
                    }

                    foreach (var field in fieldsType.Fields)
                    {
                        Collect(field.Type);
                        foreach (var argument in field.Arguments)
                        {
                            Collect(argument.Type);
                        }
                    }

                    break;
                case InputObjectType input:
                    foreach (var field in input.Fields)
                    {
                        Collect(field.Type);
                    }

                    break;
            }
        }

        foreach (var type in _definedOrder)
        {
            Collect(type);
        }

        foreach (var root in new[] { query, mutation, subscription })
        {
            if (root is not null)
            {
                Collect(root);
            }
        }

        foreach (var directive in directives)
        {
            foreach (var argument in directive.Arguments)
            {
                Collect(argument.Type);
            }
        }

        Collect(_types["__Schema"]);
        return ordered;
    }

    private GraphQLType ResolveType(TypeNode node) => node switch
    {
        NonNullTypeNode nonNull => new NonNullType(ResolveType(nonNull.Type)),
        ListTypeNode list => new ListType(ResolveType(list.Type)),
        NamedTypeNode named => ResolveNamed(named) ?? BuiltInScalars.String,
        _ => throw new ArgumentOutOfRangeException(nameof(node)),
    };

    private NamedType? ResolveNamed(NamedTypeNode node)
    {
        if (_types.TryGetValue(node.Name.Value, out var type))
        {
            return type;
        }

        Error($"Unknown type \"{node.Name.Value}\".", node);
        return null;
    }

    private void CheckDirectives(IReadOnlyList<DirectiveNode> applied, string location)
    {
        foreach (var directive in applied)
        {
            var name = directive.Name.Value;
            var definition = builder.Documents.SelectMany(d => d.Definitions).OfType<DirectiveDefinitionNode>().FirstOrDefault(d => d.Name.Value == name)
                ?? _builtIns.Definitions.OfType<DirectiveDefinitionNode>().FirstOrDefault(d => d.Name.Value == name);
            if (definition is null)
            {
                Error($"Unknown directive \"@{name}\".", directive);
                continue;
            }

            if (!definition.Locations.Any(l => l.Value == location))
            {
                Error($"Directive \"@{name}\" may not be used on {location}.", directive);
            }

            var known = definition.Arguments.Select(a => a.Name.Value).ToList();
            foreach (var argument in directive.Arguments)
            {
                if (!known.Contains(argument.Name.Value))
                {
                    Error(
                        $"Unknown argument \"{argument.Name.Value}\" on directive \"@{name}\"." + Validation.Suggestions.DidYouMean(Validation.Suggestions.List(argument.Name.Value, known)),
                        argument);
                }
            }

            foreach (var required in definition.Arguments)
            {
                if (required.Type is NonNullTypeNode && required.DefaultValue is null && !directive.Arguments.Any(a => a.Name.Value == required.Name.Value))
                {
                    Error($"Directive \"@{name}\" argument \"{required.Name.Value}\" of type \"{Printer.Print(required.Type)}\" is required, but it was not provided.", directive);
                }
            }

            if (!definition.Repeatable && applied.Count(d => d.Name.Value == name) > 1 && !ReferenceEquals(applied.First(d => d.Name.Value == name), directive))
            {
                Error($"The directive \"@{name}\" can only be used once at this location.", applied.First(d => d.Name.Value == name), directive);
            }
        }
    }

    private static SyntaxKind ExtensionKindOf(TypeNodeBase definition) => definition switch
    {
        ScalarTypeDefinitionNode => SyntaxKind.ScalarTypeExtension,
        ObjectTypeDefinitionNode => SyntaxKind.ObjectTypeExtension,
        InterfaceTypeDefinitionNode => SyntaxKind.InterfaceTypeExtension,
        UnionTypeDefinitionNode => SyntaxKind.UnionTypeExtension,
        EnumTypeDefinitionNode => SyntaxKind.EnumTypeExtension,
        _ => SyntaxKind.InputObjectTypeExtension,
    };

    private static DirectiveNode? FindDirective(IReadOnlyList<DirectiveNode> directives, string name)
    {
        foreach (var directive in directives)
        {
            if (directive.Name.Value == name)
            {
                return directive;
            }
        }

        return null;
    }

    private static string? DeprecationReason(IReadOnlyList<DirectiveNode> directives)
    {
        var deprecated = FindDirective(directives, "deprecated");
        if (deprecated is null)
        {
            return null;
        }

        foreach (var argument in deprecated.Arguments)
        {
            if (argument.Name.Value == "reason" && argument.Value is StringValueNode reason)
            {
                return reason.Value;
            }
        }

        return "No longer supported";
    }

    private void Error(string message, params SyntaxNode?[] nodes)
    {
        var locations = new List<SourceLocation>();
        foreach (var node in nodes)
        {
            if (node?.Location.Source is not null)
            {
                locations.Add(node.Location.StartLocation);
            }
        }

        _errors.Add(new SchemaError(message, locations));
    }
}
