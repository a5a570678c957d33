namespace DebtHub.GraphQL.Execution.Options;

/// <summary>Limits and switches of the request pipeline; one instance per endpoint.</summary>
public sealed class GraphQLOptions
{
    /// <summary>A request that runs longer is cancelled and answered with an <c>EXECUTION_TIMEOUT</c> error.</summary>
    public TimeSpan ExecutionTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>When true (development only), unexpected resolver exceptions show their message and stack trace.</summary>
    public bool IncludeExceptionDetails { get; set; }

    /// <summary>Whether <c>__schema</c> and <c>__type</c> may be queried (<c>__typename</c> always may).</summary>
    public bool EnableIntrospection { get; set; } = true;

    /// <summary>The deepest field nesting an operation may select (fragments expanded); null for no limit.</summary>
    public int? MaxExecutionDepth { get; set; }

    /// <summary>
    /// The highest estimated cost an operation may have under the IBM GraphQL cost model (<c>@cost</c>, <c>@listSize</c>);
    /// null for no limit.
    /// </summary>
    public double? MaxOperationCost { get; set; }

    /// <summary>The list size assumed for a list field with neither slicing arguments nor <c>@listSize(assumedSize:)</c>.</summary>
    public int DefaultListSize { get; set; } = 10;

    /// <summary>Validation stops after this many errors, as a cap against hostile documents.</summary>
    public int MaxValidationErrors { get; set; } = 100;

    /// <summary>How many parsed and validated documents are kept, keyed by their text.</summary>
    public int DocumentCacheSize { get; set; } = 1000;
}
