using DebtHub.GraphQL.Language.Ast;

namespace DebtHub.GraphQL.Validation;

/// <summary>
/// Child order of every node kind, as graphql-js's QueryDocumentKeys visits them (descriptions are not visited during
/// validation). Returning a reusable list keeps the walk allocation-light.
/// </summary>
internal static class DocumentWalker
{
    public static IEnumerable<SyntaxNode> Children(SyntaxNode node)
    {
        switch (node)
        {
            case DocumentNode document:
                foreach (var definition in document.Definitions)
                {
                    yield return definition;
                }

                break;
            case OperationDefinitionNode operation:
                if (operation.Name is not null)
                {
                    yield return operation.Name;
                }

                foreach (var variable in operation.VariableDefinitions)
                {
                    yield return variable;
                }

                foreach (var directive in operation.Directives)
                {
                    yield return directive;
                }

                yield return operation.SelectionSet;
                break;
            case VariableDefinitionNode variableDefinition:
                yield return variableDefinition.Variable;
                yield return variableDefinition.Type;
                if (variableDefinition.DefaultValue is not null)
                {
                    yield return variableDefinition.DefaultValue;
                }

                foreach (var directive in variableDefinition.Directives)
                {
                    yield return directive;
                }

                break;
            case VariableNode variableNode:
                yield return variableNode.Name;
                break;
            case SelectionSetNode selectionSet:
                foreach (var selection in selectionSet.Selections)
                {
                    yield return selection;
                }

                break;
            case FieldNode field:
                if (field.Alias is not null)
                {
                    yield return field.Alias;
                }

                yield return field.Name;
                foreach (var argument in field.Arguments)
                {
                    yield return argument;
                }

                foreach (var directive in field.Directives)
                {
                    yield return directive;
                }

                if (field.SelectionSet is not null)
                {
                    yield return field.SelectionSet;
                }

                break;
            case ArgumentNode argument:
                yield return argument.Name;
                yield return argument.Value;
                break;
            case FragmentSpreadNode spread:
                yield return spread.Name;
                foreach (var directive in spread.Directives)
                {
                    yield return directive;
                }

                break;
            case InlineFragmentNode inline:
                if (inline.TypeCondition is not null)
                {
                    yield return inline.TypeCondition;
                }

                foreach (var directive in inline.Directives)
                {
                    yield return directive;
                }

                yield return inline.SelectionSet;
                break;
            case FragmentDefinitionNode fragment:
                yield return fragment.Name;
                yield return fragment.TypeCondition;
                foreach (var directive in fragment.Directives)
                {
                    yield return directive;
                }

                yield return fragment.SelectionSet;
                break;
            case ListValueNode list:
                foreach (var value in list.Values)
                {
                    yield return value;
                }

                break;
            case ObjectValueNode obj:
                foreach (var objectField in obj.Fields)
                {
                    yield return objectField;
                }

                break;
            case ObjectFieldNode objectFieldNode:
                yield return objectFieldNode.Name;
                yield return objectFieldNode.Value;
                break;
            case DirectiveNode directiveNode:
                yield return directiveNode.Name;
                foreach (var argument in directiveNode.Arguments)
                {
                    yield return argument;
                }

                break;
            case NamedTypeNode namedType:
                yield return namedType.Name;
                break;
            case ListTypeNode listType:
                yield return listType.Type;
                break;
            case NonNullTypeNode nonNullType:
                yield return nonNullType.Type;
                break;
            case SchemaNodeBase schema:
                foreach (var directive in schema.Directives)
                {
                    yield return directive;
                }

                foreach (var operationType in schema.OperationTypes)
                {
                    yield return operationType;
                }

                break;
            case OperationTypeDefinitionNode operationType:
                yield return operationType.Type;
                break;
            case TypeNodeBase type:
                yield return type.Name;
                if (type is FieldsTypeNodeBase fieldsType)
                {
                    foreach (var iface in fieldsType.Interfaces)
                    {
                        yield return iface;
                    }
                }

                foreach (var directive in type.Directives)
                {
                    yield return directive;
                }

                switch (type)
                {
                    case FieldsTypeNodeBase withFields:
                        foreach (var fieldDefinition in withFields.Fields)
                        {
                            yield return fieldDefinition;
                        }

                        break;
                    case UnionTypeNodeBase union:
                        foreach (var member in union.Types)
                        {
                            yield return member;
                        }

                        break;
                    case EnumTypeNodeBase enumType:
                        foreach (var value in enumType.Values)
                        {
                            yield return value;
                        }

                        break;
                    case InputObjectTypeNodeBase input:
                        foreach (var inputField in input.Fields)
                        {
                            yield return inputField;
                        }

                        break;
                }

                break;
            case FieldDefinitionNode fieldDefinitionNode:
                yield return fieldDefinitionNode.Name;
                foreach (var argument in fieldDefinitionNode.Arguments)
                {
                    yield return argument;
                }

                yield return fieldDefinitionNode.Type;
                foreach (var directive in fieldDefinitionNode.Directives)
                {
                    yield return directive;
                }

                break;
            case InputValueDefinitionNode inputValue:
                yield return inputValue.Name;
                yield return inputValue.Type;
                if (inputValue.DefaultValue is not null)
                {
                    yield return inputValue.DefaultValue;
                }

                foreach (var directive in inputValue.Directives)
                {
                    yield return directive;
                }

                break;
            case EnumValueDefinitionNode enumValue:
                yield return enumValue.Name;
                foreach (var directive in enumValue.Directives)
                {
                    yield return directive;
                }

                break;
            case DirectiveDefinitionNode directiveDefinition:
                yield return directiveDefinition.Name;
                foreach (var argument in directiveDefinition.Arguments)
                {
                    yield return argument;
                }

                foreach (var location in directiveDefinition.Locations)
                {
                    yield return location;
                }

                break;
        }
    }
}
