using DebtHub.GraphQL.Language.Ast;

namespace DebtHub.GraphQL.Validation;

/// <summary>Something that walks syntax trees node by node.</summary>
internal interface INodeVisitor
{
    void Visit(SyntaxNode node);
}

/// <summary>
/// Child order of every node kind, as graphql-js's QueryDocumentKeys visits them (descriptions are not visited during
/// validation). Children are handed straight to the visitor, so the walk allocates nothing per node.
/// </summary>
internal static class DocumentWalker
{
    public static void VisitChildren(SyntaxNode node, INodeVisitor visitor)
    {
        switch (node)
        {
            case DocumentNode document:
                foreach (var definition in document.Definitions)
                {
                    visitor.Visit(definition);
                }

                break;
            case OperationDefinitionNode operation:
                if (operation.Name is not null)
                {
                    visitor.Visit(operation.Name);
                }

                foreach (var variable in operation.VariableDefinitions)
                {
                    visitor.Visit(variable);
                }

                foreach (var directive in operation.Directives)
                {
                    visitor.Visit(directive);
                }

                visitor.Visit(operation.SelectionSet);
                break;
            case VariableDefinitionNode variableDefinition:
                visitor.Visit(variableDefinition.Variable);
                visitor.Visit(variableDefinition.Type);
                if (variableDefinition.DefaultValue is not null)
                {
                    visitor.Visit(variableDefinition.DefaultValue);
                }

                foreach (var directive in variableDefinition.Directives)
                {
                    visitor.Visit(directive);
                }

                break;
            case VariableNode variableNode:
                visitor.Visit(variableNode.Name);
                break;
            case SelectionSetNode selectionSet:
                foreach (var selection in selectionSet.Selections)
                {
                    visitor.Visit(selection);
                }

                break;
            case FieldNode field:
                if (field.Alias is not null)
                {
                    visitor.Visit(field.Alias);
                }

                visitor.Visit(field.Name);
                foreach (var argument in field.Arguments)
                {
                    visitor.Visit(argument);
                }

                foreach (var directive in field.Directives)
                {
                    visitor.Visit(directive);
                }

                if (field.SelectionSet is not null)
                {
                    visitor.Visit(field.SelectionSet);
                }

                break;
            case ArgumentNode argument:
                visitor.Visit(argument.Name);
                visitor.Visit(argument.Value);
                break;
            case FragmentSpreadNode spread:
                visitor.Visit(spread.Name);
                foreach (var directive in spread.Directives)
                {
                    visitor.Visit(directive);
                }

                break;
            case InlineFragmentNode inline:
                if (inline.TypeCondition is not null)
                {
                    visitor.Visit(inline.TypeCondition);
                }

                foreach (var directive in inline.Directives)
                {
                    visitor.Visit(directive);
                }

                visitor.Visit(inline.SelectionSet);
                break;
            case FragmentDefinitionNode fragment:
                visitor.Visit(fragment.Name);
                visitor.Visit(fragment.TypeCondition);
                foreach (var directive in fragment.Directives)
                {
                    visitor.Visit(directive);
                }

                visitor.Visit(fragment.SelectionSet);
                break;
            case ListValueNode list:
                foreach (var value in list.Values)
                {
                    visitor.Visit(value);
                }

                break;
            case ObjectValueNode obj:
                foreach (var objectField in obj.Fields)
                {
                    visitor.Visit(objectField);
                }

                break;
            case ObjectFieldNode objectFieldNode:
                visitor.Visit(objectFieldNode.Name);
                visitor.Visit(objectFieldNode.Value);
                break;
            case DirectiveNode directiveNode:
                visitor.Visit(directiveNode.Name);
                foreach (var argument in directiveNode.Arguments)
                {
                    visitor.Visit(argument);
                }

                break;
            case NamedTypeNode namedType:
                visitor.Visit(namedType.Name);
                break;
            case ListTypeNode listType:
                visitor.Visit(listType.Type);
                break;
            case NonNullTypeNode nonNullType:
                visitor.Visit(nonNullType.Type);
                break;
            case SchemaNodeBase schema:
                foreach (var directive in schema.Directives)
                {
                    visitor.Visit(directive);
                }

                foreach (var operationType in schema.OperationTypes)
                {
                    visitor.Visit(operationType);
                }

                break;
            case OperationTypeDefinitionNode operationType:
                visitor.Visit(operationType.Type);
                break;
            case TypeNodeBase type:
                visitor.Visit(type.Name);
                if (type is FieldsTypeNodeBase fieldsType)
                {
                    foreach (var iface in fieldsType.Interfaces)
                    {
                        visitor.Visit(iface);
                    }
                }

                foreach (var directive in type.Directives)
                {
                    visitor.Visit(directive);
                }

                switch (type)
                {
                    case FieldsTypeNodeBase withFields:
                        foreach (var fieldDefinition in withFields.Fields)
                        {
                            visitor.Visit(fieldDefinition);
                        }

                        break;
                    case UnionTypeNodeBase union:
                        foreach (var member in union.Types)
                        {
                            visitor.Visit(member);
                        }

                        break;
                    case EnumTypeNodeBase enumType:
                        foreach (var value in enumType.Values)
                        {
                            visitor.Visit(value);
                        }

                        break;
                    case InputObjectTypeNodeBase input:
                        foreach (var inputField in input.Fields)
                        {
                            visitor.Visit(inputField);
                        }

                        break;
                }

                break;
            case FieldDefinitionNode fieldDefinitionNode:
                visitor.Visit(fieldDefinitionNode.Name);
                foreach (var argument in fieldDefinitionNode.Arguments)
                {
                    visitor.Visit(argument);
                }

                visitor.Visit(fieldDefinitionNode.Type);
                foreach (var directive in fieldDefinitionNode.Directives)
                {
                    visitor.Visit(directive);
                }

                break;
            case InputValueDefinitionNode inputValue:
                visitor.Visit(inputValue.Name);
                visitor.Visit(inputValue.Type);
                if (inputValue.DefaultValue is not null)
                {
                    visitor.Visit(inputValue.DefaultValue);
                }

                foreach (var directive in inputValue.Directives)
                {
                    visitor.Visit(directive);
                }

                break;
            case EnumValueDefinitionNode enumValue:
                visitor.Visit(enumValue.Name);
                foreach (var directive in enumValue.Directives)
                {
                    visitor.Visit(directive);
                }

                break;
            case DirectiveDefinitionNode directiveDefinition:
                visitor.Visit(directiveDefinition.Name);
                foreach (var argument in directiveDefinition.Arguments)
                {
                    visitor.Visit(argument);
                }

                foreach (var location in directiveDefinition.Locations)
                {
                    visitor.Visit(location);
                }

                break;
        }
    }
}
