using DebtHub.GraphQL.Language.Ast;

namespace DebtHub.GraphQL.Types;

/// <summary>
/// Tracks, while a document is walked, the current output type, parent composite type, field definition, input type,
/// argument, directive and enum value — graphql-js's TypeInfo. Call <see cref="Enter"/> before a node's children and
/// <see cref="Leave"/> after them.
/// </summary>
public sealed class TypeInfo(Schema schema)
{
    private readonly List<GraphQLType?> _typeStack = [];
    private readonly List<NamedType?> _parentTypeStack = [];
    private readonly List<GraphQLType?> _inputTypeStack = [];
    private readonly List<FieldDefinition?> _fieldDefStack = [];
    private readonly List<ValueNode?> _defaultValueStack = [];

    public Schema Schema { get; } = schema;

    public GraphQLType? Type => Top(_typeStack);

    public NamedType? ParentType => Top(_parentTypeStack);

    public GraphQLType? InputType => Top(_inputTypeStack);

    public GraphQLType? ParentInputType => _inputTypeStack.Count >= 2 ? _inputTypeStack[^2] : null;

    public FieldDefinition? FieldDefinition => Top(_fieldDefStack);

    public ValueNode? DefaultValue => Top(_defaultValueStack);

    public DirectiveDefinition? Directive { get; private set; }

    public InputValueDefinition? Argument { get; private set; }

    public EnumValueDefinition? EnumValue { get; private set; }

    public void Enter(SyntaxNode node)
    {
        switch (node)
        {
            case SelectionSetNode:
                var named = Type?.Named;
                _parentTypeStack.Add(named is not null && named.IsCompositeType ? named : null);
                break;
            case FieldNode field:
                var parentType = ParentType;
                var fieldDef = parentType is null ? null : GetFieldDefinition(Schema, parentType, field.Name.Value);
                _fieldDefStack.Add(fieldDef);
                _typeStack.Add(fieldDef is not null && fieldDef.Type.IsOutputType ? fieldDef.Type : null);
                break;
            case DirectiveNode directive:
                Directive = Schema.GetDirective(directive.Name.Value);
                break;
            case OperationDefinitionNode operation:
                _typeStack.Add(Schema.GetRootType(operation.Operation));
                break;
            case InlineFragmentNode inline:
                PushTypeCondition(inline.TypeCondition);
                break;
            case FragmentDefinitionNode fragment:
                PushTypeCondition(fragment.TypeCondition);
                break;
            case VariableDefinitionNode variable:
                var inputType = TypeFromAst(Schema, variable.Type);
                _inputTypeStack.Add(inputType is not null && inputType.IsInputType ? inputType : null);
                break;
            case ArgumentNode argument:
                var arguments = Directive?.Arguments ?? FieldDefinition?.Arguments;
                InputValueDefinition? argDef = null;
                if (arguments is not null)
                {
                    foreach (var candidate in arguments)
                    {
                        if (candidate.Name == argument.Name.Value)
                        {
                            argDef = candidate;
                            break;
                        }
                    }
                }

                Argument = argDef;
                _defaultValueStack.Add(argDef?.DefaultValue);
                _inputTypeStack.Add(argDef is not null && argDef.Type.IsInputType ? argDef.Type : null);
                break;
            case ListValueNode:
                var listType = InputType?.Nullable;
                var itemType = listType is ListType list ? list.OfType : listType;
                _defaultValueStack.Add(null);
                _inputTypeStack.Add(itemType is not null && itemType.IsInputType ? itemType : null);
                break;
            case ObjectFieldNode objectField:
                InputValueDefinition? inputField = null;
                if (InputType?.Named is InputObjectType inputObject)
                {
                    inputField = inputObject.GetField(objectField.Name.Value);
                }

                _defaultValueStack.Add(inputField?.DefaultValue);
                _inputTypeStack.Add(inputField is not null && inputField.Type.IsInputType ? inputField.Type : null);
                break;
            case EnumValueNode enumValue:
                EnumValue = InputType?.Named is EnumType enumType ? enumType.GetValue(enumValue.Value) : null;
                break;
        }
    }

    public void Leave(SyntaxNode node)
    {
        switch (node)
        {
            case SelectionSetNode:
                Pop(_parentTypeStack);
                break;
            case FieldNode:
                Pop(_fieldDefStack);
                Pop(_typeStack);
                break;
            case DirectiveNode:
                Directive = null;
                break;
            case OperationDefinitionNode:
            case InlineFragmentNode:
            case FragmentDefinitionNode:
                Pop(_typeStack);
                break;
            case VariableDefinitionNode:
                Pop(_inputTypeStack);
                break;
            case ArgumentNode:
                Argument = null;
                Pop(_defaultValueStack);
                Pop(_inputTypeStack);
                break;
            case ListValueNode:
            case ObjectFieldNode:
                Pop(_defaultValueStack);
                Pop(_inputTypeStack);
                break;
            case EnumValueNode:
                EnumValue = null;
                break;
        }
    }

    /// <summary>The field definition for a name on a composite type, including the meta fields __typename, __schema and __type.</summary>
    public static FieldDefinition? GetFieldDefinition(Schema schema, NamedType parentType, string fieldName)
    {
        if (fieldName == "__schema" && ReferenceEquals(schema.Query, parentType))
        {
            return schema.SchemaField;
        }

        if (fieldName == "__type" && ReferenceEquals(schema.Query, parentType))
        {
            return schema.TypeField;
        }

        if (fieldName == "__typename" && parentType.IsCompositeType)
        {
            return schema.TypeNameField;
        }

        return parentType is FieldsType fieldsType ? fieldsType.GetField(fieldName) : null;
    }

    /// <summary>graphql-js's typeFromAST: the schema type a type reference names, or null when unknown.</summary>
    public static GraphQLType? TypeFromAst(Schema schema, TypeNode node) => node switch
    {
        NamedTypeNode named => schema.GetType(named.Name.Value),
        ListTypeNode list => TypeFromAst(schema, list.Type) is { } inner ? new ListType(inner) : null,
        NonNullTypeNode nonNull => TypeFromAst(schema, nonNull.Type) is { } inner ? new NonNullType(inner) : null,
        _ => null,
    };

    private void PushTypeCondition(NamedTypeNode? typeCondition)
    {
        GraphQLType? outputType = typeCondition is not null ? TypeFromAst(Schema, typeCondition) : Type?.Named;
        _typeStack.Add(outputType is not null && outputType.IsOutputType ? outputType : null);
    }

    private static T? Top<T>(List<T?> stack)
        where T : class => stack.Count > 0 ? stack[^1] : null;

    private static void Pop<T>(List<T> stack)
    {
        if (stack.Count > 0)
        {
            stack.RemoveAt(stack.Count - 1);
        }
    }
}
