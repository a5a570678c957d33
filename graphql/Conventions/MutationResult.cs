namespace DebtHub.GraphQL.Conventions;

/// <summary>What a convention mutation produced: its result, or the typed errors that stopped it (never both).</summary>
public sealed class MutationResult
{
    private static readonly IReadOnlyDictionary<string, object?> None = new Dictionary<string, object?>();

    private MutationResult(object? value, IReadOnlyDictionary<string, object?>? fields, IReadOnlyList<IMutationError>? errors)
    {
        Value = value;
        Fields = fields ?? None;
        Errors = errors;
    }

    public object? Value { get; }

    /// <summary>Values of the payload's <see cref="MutationField.MoreFields"/>, by field name.</summary>
    public IReadOnlyDictionary<string, object?> Fields { get; }

    /// <summary>Null when the mutation succeeded; otherwise at least one error.</summary>
    public IReadOnlyList<IMutationError>? Errors { get; }

    public bool Succeeded => Errors is null;

    public static MutationResult Success(object? value, IReadOnlyDictionary<string, object?>? fields = null) => new(value, fields, null);

    public static MutationResult Failure(IReadOnlyList<IMutationError> errors) =>
        errors.Count > 0 ? new(null, null, errors) : throw new ArgumentException("A failed mutation names at least one error.", nameof(errors));

    public static MutationResult Failure(IMutationError error) => new(null, null, [error]);
}

/// <summary>Thrown from deep inside a mutation to stop it with typed errors; the convention turns it into the payload.</summary>
public sealed class MutationErrorException(IReadOnlyList<IMutationError> errors)
    : Exception(errors.Count > 0 ? errors[0].Message : "The mutation failed.")
{
    public MutationErrorException(IMutationError error)
        : this([error])
    {
    }

    public IReadOnlyList<IMutationError> Errors { get; } = errors;
}
