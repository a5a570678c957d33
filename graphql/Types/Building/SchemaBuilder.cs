using DebtHub.GraphQL.Language;
using DebtHub.GraphQL.Language.Ast;

namespace DebtHub.GraphQL.Types;

/// <summary>
/// Builds a <see cref="Schema"/> schema-first (SDL documents, extensions included, bound to resolvers by "Type.field")
/// and/or code-first (the fluent <see cref="Object"/>, <see cref="Interface"/>, ... methods). Both produce the same
/// definitions, so both go through the same assembly and the same type-system validation when <see cref="Build"/> runs.
/// </summary>
public sealed partial class SchemaBuilder
{
    private readonly List<DocumentNode> _documents = [];
    private readonly List<ICodeFirstType> _codeFirst = [];
    private readonly Dictionary<string, object> _pendingResolvers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SubscribeResolver> _subscribers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TypeResolver> _typeResolvers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Func<object, bool>> _isTypeOf = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Type> _runtimeTypes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ScalarType> _scalars = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, object?>> _enumValues = new(StringComparer.Ordinal);

    internal IReadOnlyList<DocumentNode> Documents => _documents;

    internal IReadOnlyList<ICodeFirstType> CodeFirstTypes => _codeFirst;

    internal IReadOnlyDictionary<string, object> PendingResolvers => _pendingResolvers;

    internal IReadOnlyDictionary<string, SubscribeResolver> Subscribers => _subscribers;

    internal IReadOnlyDictionary<string, TypeResolver> TypeResolvers => _typeResolvers;

    internal IReadOnlyDictionary<string, Func<object, bool>> IsTypeOfChecks => _isTypeOf;

    internal IReadOnlyDictionary<string, Type> RuntimeTypes => _runtimeTypes;

    internal IReadOnlyDictionary<string, ScalarType> Scalars => _scalars;

    internal IReadOnlyDictionary<string, Dictionary<string, object?>> EnumBindings => _enumValues;

    /// <summary>Starts a schema from SDL.</summary>
    public static SchemaBuilder FromSdl(string sdl) => new SchemaBuilder().AddSdl(sdl);

    /// <summary>Adds SDL: type definitions, extensions, directive definitions and a schema definition.</summary>
    public SchemaBuilder AddSdl(string sdl)
    {
        _documents.Add(GraphQLParser.Parse(new Source(sdl, "GraphQL SDL")));
        return this;
    }

    /// <summary>Binds a resolver to a field by coordinate, e.g. <c>Query.user</c>.</summary>
    public SchemaBuilder Bind(string coordinate, FieldResolver resolver)
    {
        _pendingResolvers[coordinate] = resolver;
        return this;
    }

    /// <summary>
    /// Binds a delegate whose parameters are field arguments (by name), services, the parent (named <c>parent</c>),
    /// <see cref="IResolverContext"/> or <see cref="CancellationToken"/>; the binding is compiled once here.
    /// </summary>
    public SchemaBuilder Bind(string coordinate, Delegate resolver)
    {
        _pendingResolvers[coordinate] = resolver;
        return this;
    }

    /// <summary>Binds the source stream of a subscription root field.</summary>
    public SchemaBuilder BindSubscription(string coordinate, SubscribeResolver subscriber)
    {
        _subscribers[coordinate] = subscriber;
        return this;
    }

    /// <summary>Sets how an interface or union finds the concrete type of a value (default: <c>__typename</c>).</summary>
    public SchemaBuilder ResolveType(string abstractTypeName, TypeResolver resolver)
    {
        _typeResolvers[abstractTypeName] = resolver;
        return this;
    }

    /// <summary>Declares which CLR type an object type stands for, so abstract types resolve without <c>__typename</c>.</summary>
    public SchemaBuilder BindRuntimeType(string objectTypeName, Type runtimeType)
    {
        _runtimeTypes[objectTypeName] = runtimeType;
        return this;
    }

    public SchemaBuilder IsTypeOf(string objectTypeName, Func<object, bool> predicate)
    {
        _isTypeOf[objectTypeName] = predicate;
        return this;
    }

    /// <summary>Supplies the coercion of a custom scalar (declared in SDL with <c>scalar Name</c>, or added by this call).</summary>
    public SchemaBuilder AddScalar(ScalarType scalar)
    {
        _scalars[scalar.Name] = scalar;
        return this;
    }

    /// <summary>Maps an SDL enum's values to the members of a CLR enum with the same names (case and underscores ignored).</summary>
    public SchemaBuilder BindEnum<TEnum>(string enumTypeName)
        where TEnum : struct, Enum
    {
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var value in global::System.Enum.GetValues<TEnum>())
        {
            values[EnumValueName(value.ToString())] = value;
        }

        _enumValues[enumTypeName] = values;
        return this;
    }

    /// <summary>Builds and validates the schema; throws <see cref="SchemaValidationException"/> listing every problem.</summary>
    public Schema Build() => new SchemaAssembler(this).Assemble();

    /// <summary>CLR enum member name to GraphQL enum value name: <c>PaymentPlan</c> → <c>PAYMENT_PLAN</c>.</summary>
    internal static string EnumValueName(string clrName)
    {
        var builder = new System.Text.StringBuilder(clrName.Length + 4);
        for (var i = 0; i < clrName.Length; i++)
        {
            var c = clrName[i];
            if (i > 0 && char.IsUpper(c) && (char.IsLower(clrName[i - 1]) || (i + 1 < clrName.Length && char.IsLower(clrName[i + 1]))) && clrName[i - 1] != '_')
            {
                builder.Append('_');
            }

            builder.Append(char.ToUpperInvariant(c));
        }

        return builder.ToString();
    }
}
