namespace DebtHub.GraphQL.Language;

/// <summary>DirectiveLocation names of spec §3.13 (ExecutableDirectiveLocation and TypeSystemDirectiveLocation).</summary>
public static class DirectiveLocationNames
{
    public const string Query = "QUERY";
    public const string Mutation = "MUTATION";
    public const string Subscription = "SUBSCRIPTION";
    public const string Field = "FIELD";
    public const string FragmentDefinition = "FRAGMENT_DEFINITION";
    public const string FragmentSpread = "FRAGMENT_SPREAD";
    public const string InlineFragment = "INLINE_FRAGMENT";
    public const string VariableDefinition = "VARIABLE_DEFINITION";
    public const string Schema = "SCHEMA";
    public const string Scalar = "SCALAR";
    public const string Object = "OBJECT";
    public const string FieldDefinition = "FIELD_DEFINITION";
    public const string ArgumentDefinition = "ARGUMENT_DEFINITION";
    public const string Interface = "INTERFACE";
    public const string Union = "UNION";
    public const string Enum = "ENUM";
    public const string EnumValue = "ENUM_VALUE";
    public const string InputObject = "INPUT_OBJECT";
    public const string InputFieldDefinition = "INPUT_FIELD_DEFINITION";
    public const string DirectiveDefinition = "DIRECTIVE_DEFINITION";

    private static readonly HashSet<string> _known =
    [
        Query, Mutation, Subscription, Field, FragmentDefinition, FragmentSpread, InlineFragment, VariableDefinition,
        Schema, Scalar, Object, FieldDefinition, ArgumentDefinition, Interface, Union, Enum, EnumValue, InputObject,
        InputFieldDefinition, DirectiveDefinition,
    ];

    public static bool IsKnown(string name) => _known.Contains(name);

    /// <summary>Whether the location is one of ExecutableDirectiveLocation.</summary>
    public static bool IsExecutable(string name) => name is Query or Mutation or Subscription or Field or FragmentDefinition
        or FragmentSpread or InlineFragment or VariableDefinition;
}
